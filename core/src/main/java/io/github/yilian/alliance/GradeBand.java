package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.YilianStyle;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A grade and the funding it brings, for totals strictly above a bound. Haikou: above 90 excellent,
 * 1,500,000 yuan; above 80 good, 1,000,000; above 60 pass, 500,000 (seed 003, attachment 备注 and
 * section 三(七)1). A total above no band's bound is {@link Grade#FAIL} with no funding.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@YilianStyle
public abstract class GradeBand {

  GradeBand() {}

  /**
   * Returns the grade.
   *
   * @return the grade
   */
  @Value.Parameter
  public abstract Grade getGrade();

  /**
   * Returns the bound a total must be strictly above: 90 for Haikou's excellent, so 90 itself is not
   * excellent.
   *
   * @return the bound, 0 or more
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getAbove();

  /**
   * Returns the discipline-building funding (学科建设经费) to the lead department, in yuan.
   *
   * @return the funding: 0 or more, in yuan and fen (at most 15 digits before the decimal point and
   *     2 after it)
   */
  @Value.Parameter
  @PositiveOrZero
  @Digits(integer = 15, fraction = 2)
  public abstract BigDecimal getFunding();

  /**
   * Creates a band.
   *
   * @param grade the grade
   * @param above the bound a total must be strictly above, 0 or more
   * @param funding the funding in yuan, 0 or more, with at most 15 digits before the decimal point
   *     and 2 after it
   * @return the band
   * @throws jakarta.validation.ConstraintViolationException if the bound or funding is negative or
   *     the funding has too many digits
   * @throws NullPointerException if {@code grade} or {@code funding} is null
   */
  public static GradeBand of(Grade grade, int above, BigDecimal funding) {
    return ImmutableGradeBand.of(grade, above, funding);
  }

  /**
   * Checks whether a total falls in this band or a better one.
   *
   * @param total the total points
   * @return true if the total is strictly above the bound
   */
  public boolean admits(int total) {
    return total > getAbove();
  }

  /** The funding in the words of the overall reason ({@link Reasons#funding}); made once, when first read. */
  @Value.Lazy
  BilingualText fundingText() {
    return Reasons.funding(getFunding());
  }

  @Value.Check
  void check() {
    ModelValidator.check(this);
  }
}
