package io.github.yilian.examples;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.Finding;
import io.github.yilian.common.ModelValidator;
import io.github.yilian.common.Ranked;
import io.github.yilian.common.Ranking;
import io.github.yilian.common.Severity;
import io.github.yilian.common.Share;
import jakarta.validation.ConstraintViolationException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A short tour of the shared types: exact shares, date ranges, rankings and findings. */
final class CommonTour {

  private CommonTour() {}

  record County(String name, Share membersWithStudio) {}

  static void run(PrintStream out) {
    out.println("== Shared types (common) ==");

    Share sixtyPercent = Share.percent("60");
    for (Share share : List.of(Share.of(3, 5), Share.of(2, 5), Share.of(29, 100))) {
      out.printf(
          "%s = %s %% meets 60 %%: %s; needs %d more%n",
          share,
          share.toPercent(1, RoundingMode.HALF_UP),
          share.meets(sixtyPercent),
          share.unitsNeeded(sixtyPercent));
    }

    DateRange year = DateRange.ofYear(2023);
    out.printf(
        "%s has %d days; contains 2023-12-31: %s, 2024-01-01: %s%n",
        year, year.lengthInDays(), year.contains(LocalDate.of(2023, 12, 31)), year.contains(LocalDate.of(2024, 1, 1)));

    List<County> counties =
        List.of(
            new County("A县", Share.of(9, 10)),
            new County("B县", Share.of(4, 5)),
            new County("C县", Share.of(8, 10)),
            new County("D县", Share.of(1, 2)));
    Ranking<County> ranking =
        Ranking.of(
            counties,
            Comparator.comparing(County::membersWithStudio).reversed(),
            Comparator.comparing(County::name));
    for (Ranked<County> entry : ranking.getEntries()) {
      out.printf("rank %d: %s %s%n", entry.getRank(), entry.getItem().name(), entry.getItem().membersWithStudio());
    }

    Finding finding =
        Finding.builder()
            .ruleId("example.coverage")
            .subject("650000")
            .severity(Severity.VIOLATION)
            .reason(BilingualText.of("新疆无负责专家小组", "no expert team is responsible for Xinjiang"))
            .build();
    out.printf("finding %s [%s] %s: %s%n", finding.getRuleId(), finding.getSeverity().getEnglishName(), finding.getSubject(), finding.getReason());

    // an invalid model is refused with a message in the default locale; read it in another one
    try {
      Finding.builder().ruleId("example.coverage").subject(" ").severity(Severity.WARNING).reason(finding.getReason()).build();
    } catch (ConstraintViolationException e) {
      out.println("refused: " + e.getMessage());
      out.println("拒绝：" + ModelValidator.messageIn(e, Locale.CHINA));
    }
    try {
      Share.percent("1E-2147483647");
    } catch (IllegalArgumentException e) {
      out.println("refused: " + e.getMessage());
    }
    out.println();
  }
}
