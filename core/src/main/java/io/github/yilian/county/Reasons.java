package io.github.yilian.county;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Every sentence the county package shows: the reasons of results, periods and region-wide figures
 * in Chinese (Chinese punctuation) and English (plural-correct), and the English summaries of roll-ups,
 * dashboards, evaluations and problem lists. Each is built when it is read, never while judging.
 */
final class Reasons {

  /** "No level", as a message parameter where a target or unit has none. */
  static final BilingualText NO_LEVEL = BilingualText.of("无", "none");

  private Reasons() {}

  /** "T10 P1：……占比 1/10（10.0 %），目标 ≥ 30 %，截止 2023-12-31：未达标，差 2 个县（市、区）". */
  static BilingualText result(TargetResult result) {
    Target target = result.getTarget();
    String zhHead = target.getId() + " " + result.getUnit().getId() + (result.isOwnPart() ? "（所辖部分）" : "")
        + "：" + target.getName().getChinese();
    String enHead = target.getId() + " " + result.getUnit().getId() + (result.isOwnPart() ? " (own part)" : "")
        + ": " + target.getName().getEnglish();
    Optional<Period> recurring = target.getRecurrence().map(Recurrence::getPeriod);
    String zhWhen;
    String enWhen;
    if (recurring.isPresent()) {
      DateRange period = result.getPeriod().orElseThrow();
      zhWhen = "，" + chinese(period) + " 期间" + result.getValue().map(v -> " " + v.toChinese()).orElse("")
          + "，目标每" + recurring.get().getChineseName() + " " + result.getThreshold().toChinese();
      enWhen = result.getValue().map(v -> " " + v).orElse("") + " in " + period
          + ", threshold " + result.getThreshold() + " each " + recurring.get().getEnglishName();
    } else {
      zhWhen = result.getValue().map(v -> " " + v.toChinese()).orElse("")
          + "，目标 " + result.getThreshold().toChinese() + "，截止 " + result.getDeadline();
      enWhen = result.getValue().map(v -> " " + v).orElse("")
          + ", threshold " + result.getThreshold() + " by " + result.getDeadline();
    }
    String zh = zhHead + zhWhen + "：" + result.getStatus().getChineseName()
        + chineseGap(target, result.getStatus(), result.getGap());
    String en = enHead + enWhen + ": " + result.getStatus().getEnglishName()
        + englishGap(target, result.getStatus(), result.getGap());
    List<PeriodResult> periods = result.getPeriods();
    if (periods.size() > 1) {
      StringJoiner zhPeriods = new StringJoiner("；", "（各期：", "）");
      StringJoiner enPeriods = new StringJoiner("; ", " (periods: ", ")");
      periods.forEach(p -> {
        zhPeriods.add(chinesePeriod(p));
        enPeriods.add(englishPeriod(p));
      });
      zh += zhPeriods;
      en += enPeriods;
    }
    return BilingualText.of(zh, en);
  }

  /** "2023-01-01至2023-06-30：0，未达标，差 1" / "2023-01-01/2023-06-30: 0, missed, gap 1". */
  static BilingualText period(PeriodResult result) {
    return BilingualText.of(chinesePeriod(result), englishPeriod(result));
  }

  private static String chinesePeriod(PeriodResult result) {
    return chinese(result.getPeriod()) + (result.isEnded() ? "" : "（进行中）") + "："
        + result.getValue().map(v -> v.toChinese() + "，").orElse("") + result.getStatus().getChineseName()
        + chineseGap(result.getTarget(), result.getStatus(), result.getGap());
  }

  private static String englishPeriod(PeriodResult result) {
    String running = result.isEnded() ? "" : " so far";
    return result.getPeriod() + ": " + result.getValue().map(v -> v + running + ", ").orElse("")
        + result.getStatus().getEnglishName() + englishGap(result.getTarget(), result.getStatus(), result.getGap());
  }

  /** "T8 XJ 全区：……占比 5/9（55.6 %），截至 2023-12-31，仅报告数值，不评定". */
  static BilingualText regionFigure(RegionFigure figure) {
    Target target = figure.getTarget();
    String id = target.getId() + " " + figure.getRegion().getId();
    return BilingualText.of(
        id + " 全区：" + target.getName().getChinese() + " "
            + figure.getValue().map(Measured::toChinese).orElse("无数据")
            + "，截至 " + figure.getAsOf() + "，仅报告数值，不评定",
        id + " region-wide: " + target.getName().getEnglish() + " "
            + figure.getValue().map(Measured::toString).orElse("no data")
            + " as of " + figure.getAsOf() + ", reported only, not judged");
  }

  private static String chineseGap(Target target, TargetStatus status, long gap) {
    if (status == TargetStatus.NOT_APPLICABLE) {
      return target.getApplicability() == Applicability.WHILE_PAIRED ? "，未与委党组成员包联"
          : "，无可计数的" + countedLevel(target).getChineseName();
    }
    return gap == 0 ? "" : "，差 " + gap + target.getCountedLevel().map(l -> " 个" + l.getChineseName()).orElse("");
  }

  private static String englishGap(Target target, TargetStatus status, long gap) {
    if (status == TargetStatus.NOT_APPLICABLE) {
      return target.getApplicability() == Applicability.WHILE_PAIRED ? ", not paired with a party-group member"
          : ", no " + countedLevel(target).englishPlural() + " to count";
    }
    return gap == 0 ? "" : ", gap " + target.getCountedLevel().map(l -> l.count(gap)).orElse(Long.toString(gap));
  }

  private static Level countedLevel(Target target) {
    return target.getCountedLevel().orElse(target.getLevel());
  }

  /** "2023-01-01至2023-06-30". */
  private static String chinese(DateRange period) {
    return period.getStart() + "至" + period.getEnd();
  }

  /** "T4 for P1 as of 2023-12-31: 2 of 3 counties met (66.7 %); not met: P1C3 missed". */
  static String rollUp(RollUp rollUp) {
    Level level = rollUp.getTarget().getLevel();
    int total = rollUp.getMet().size() + rollUp.getNotMet().size();
    StringBuilder text = new StringBuilder(rollUp.getTarget().getId() + " for " + rollUp.getParent().getId()
        + ": " + rollUp.getMet().size() + " of " + level.count(total) + " met");
    rollUp.getShare().ifPresent(share -> text.append(" (").append(share.toPercent(1, RoundingMode.HALF_UP))
        .append(" %)"));
    if (!rollUp.getNotMet().isEmpty()) {
      StringJoiner notMet = new StringJoiner(", ", "; not met: ", "");
      rollUp.getNotMet().forEach(r -> notMet.add(r.getUnit().getId() + " " + r.getStatus().getEnglishName()));
      text.append(notMet);
    }
    if (!rollUp.getNotApplicable().isEmpty()) {
      text.append("; not applicable: ").append(level.count(rollUp.getNotApplicable().size()));
    }
    return text.toString();
  }

  /** "dashboard as of 2023-12-31: 90 results, 10 met, 78 not met, 2 not applicable; 3 region-wide figures". */
  static String dashboard(Dashboard dashboard) {
    long met = dashboard.getResults().stream().filter(r -> r.getStatus().isMet()).count();
    long notApplicable = dashboard.getResults().stream().filter(r -> !r.getStatus().isApplicable()).count();
    int figures = dashboard.getRegionFigures().size();
    return "dashboard as of " + dashboard.getAsOf() + ": " + plural(dashboard.getResults().size(), "result", "results")
        + ", " + met + " met, " + (dashboard.getResults().size() - met - notApplicable) + " not met, "
        + notApplicable + " not applicable"
        + (figures == 0 ? "" : "; " + plural(figures, "region-wide figure", "region-wide figures"));
  }

  /** "2023 evaluation of county P1C1, audited by the region: 10 of 13 targets met; not met: T5 missed". */
  static String evaluation(AnnualEvaluation evaluation) {
    Map<String, TargetStatus> values = evaluation.getValues();
    List<String> notMet = evaluation.getNotMet();
    StringBuilder text = new StringBuilder(evaluation.getYear() + " evaluation of county "
        + evaluation.getCountyId() + ", " + evaluation.getStage().getEnglishName() + ": "
        + (values.size() - notMet.size()) + " of " + plural(values.size(), "target", "targets") + " met");
    if (!notMet.isEmpty()) {
      StringJoiner joiner = new StringJoiner(", ", "; not met: ", "");
      notMet.forEach(id -> joiner.add(id + " " + values.get(id).getEnglishName()));
      text.append(joiner);
    }
    if (!evaluation.getNotApplicable().isEmpty()) {
      text.append("; not applicable: ").append(String.join(", ", evaluation.getNotApplicable()));
    }
    return text.toString();
  }

  /** "problem list of prefecture P1: P1C1 T5, T9; P1C2 none; pending: P1C3". */
  static String problemList(ProblemList list) {
    StringJoiner counties = new StringJoiner("; ", "problem list of prefecture " + list.getPrefectureId() + ": ", "");
    counties.setEmptyValue("problem list of prefecture " + list.getPrefectureId() + ": no audited county");
    list.getProblems().forEach((county, targets) ->
        counties.add(county + " " + (targets.isEmpty() ? "none" : String.join(", ", targets))));
    String pending = list.getPending().isEmpty() ? "" : "; pending: " + String.join(", ", list.getPending());
    return counties + pending;
  }

  /** "1 target", "2 targets". */
  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
