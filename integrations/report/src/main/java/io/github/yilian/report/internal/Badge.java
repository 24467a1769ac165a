package io.github.yilian.report.internal;

import io.github.yilian.alliance.Grade;
import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Severity;
import io.github.yilian.county.TargetStatus;
import io.github.yilian.pilot.ComplianceStatus;
import java.util.Locale;

/**
 * How a status is shown: a CSS class (its colour, from a palette readable with colour-blindness), a
 * symbol (so that colour is never the only sign, also in print) and its name.
 *
 * @param css the CSS class, such as {@code st-missed}
 * @param key the status key for data attributes, such as {@code missed}
 * @param symbol the symbol, such as ✗
 * @param name the status's name
 */
public record Badge(String css, String key, String symbol, BilingualText name) {

  private static Badge of(String key, String symbol, BilingualText name) {
    return new Badge("st-" + key, key, symbol, name);
  }

  /**
   * Returns the badge of a county target status.
   *
   * @param status the status
   * @return its badge
   */
  public static Badge of(TargetStatus status) {
    return switch (status) {
      case MET -> of("met", "✓", status.getName());
      case MET_LATE -> of("met-late", "◐", status.getName());
      case NOT_YET_DUE -> of("not-yet-due", "…", status.getName());
      case MISSED -> of("missed", "✗", status.getName());
      case NO_DATA -> of("no-data", "?", status.getName());
      case NOT_APPLICABLE -> of("not-applicable", "–", status.getName());
    };
  }

  /**
   * Returns the badge of a pilot compliance status.
   *
   * @param status the status
   * @return its badge
   */
  public static Badge of(ComplianceStatus status) {
    return switch (status) {
      case MET -> of("met", "✓", status.getName());
      case MET_LATE -> of("met-late", "◐", status.getName());
      case PENDING -> of("not-yet-due", "…", status.getName());
      case OVERDUE -> of("missed", "✗", status.getName());
    };
  }

  /**
   * Returns the badge of a finding's severity.
   *
   * @param severity the severity
   * @return its badge
   */
  public static Badge of(Severity severity) {
    return switch (severity) {
      case VIOLATION -> new Badge("st-missed", "violation", "✗", severity.getName());
      case WARNING -> new Badge("st-warning", "warning", "!", severity.getName());
      case NOTICE -> new Badge("st-not-yet-due", "notice", "i", severity.getName());
    };
  }

  /**
   * Returns the badge of an alliance grade.
   *
   * @param grade the grade
   * @return its badge
   */
  public static Badge of(Grade grade) {
    String key = "grade-" + grade.name().toLowerCase(Locale.ROOT);
    return switch (grade) {
      case EXCELLENT -> new Badge("st-met", key, "★", grade.getName());
      case GOOD -> new Badge("st-met-late", key, "▲", grade.getName());
      case PASS -> new Badge("st-warning", key, "●", grade.getName());
      case FAIL -> new Badge("st-missed", key, "✗", grade.getName());
    };
  }

  /** The badge of the national meeting P13: in the calendar, never judged. */
  public static final Badge MINISTRY = new Badge("st-ministry", "ministry", "◇", Texts.MINISTRY_MEETING);
}
