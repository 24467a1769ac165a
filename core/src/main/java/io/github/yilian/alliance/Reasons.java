package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence of the alliance package, in Chinese and English: the reasons of criterion scores
 * (an explanation, then the points), the overall reason of an assessment and the observations.
 * Called only when a reason is first read, so no text is built while scoring. A rule's fixed words
 * are joined once per rule ({@link CountWords}, {@link GrowthWords}, {@link OverallWords}), so a
 * reason joins its numbers to few parts in one concatenation; reasons that are a function of a small
 * number are then kept by their rule ({@link ReasonTable}).
 *
 * <p>Chinese text uses Chinese punctuation and no English words; English text is plural-correct.
 */
final class Reasons {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BilingualText NO_FUNDING = BilingualText.of("无学科建设经费", "no funding");

  private Reasons() {}


  /** A yes/no rule's two reasons, made once per rule ({@link YesNoRule#reasons()}): for "no", then for "yes". */
  static List<BilingualText> yesNo(YesNoFact fact, int points) {
    return List.of(yesNo(fact, false, 0), yesNo(fact, true, points));
  }

  private static BilingualText yesNo(YesNoFact fact, boolean holds, int points) {
    return BilingualText.of(
        fact.getChineseName() + (holds ? "：是" : "：否") + "，得 " + points + " 分",
        fact.getEnglishName() + (holds ? ": yes" : ": no") + ": " + points + pointWord(points));
  }

  /**
   * The fixed words of a reason around its numbers, made once per rule so that a reason joins few
   * parts. With two numbers (a count, then {@code n}): Chinese {@code chineseBefore + count +
   * chineseMiddle + n + chineseAfter + points + " 分"}, English {@code englishBefore + count +
   * (englishOne or englishOther, by count) + n + (englishAfterOne or englishAfterOther, by n) + points
   * + point word}. With one, the {@code n} parts are left out.
   */
  record CountWords(String chineseBefore, String chineseMiddle, String chineseAfter, String englishBefore,
      String englishOne, String englishOther, String englishAfterOne, String englishAfterOther) {

    BilingualText reason(long count, long n, int points) {
      return BilingualText.of(
          chineseBefore + count + chineseMiddle + n + chineseAfter + points + " 分",
          englishBefore + count + (count == 1 ? englishOne : englishOther) + n
              + (n == 1 ? englishAfterOne : englishAfterOther) + points + pointWord(points));
    }

    BilingualText reason(long count, int points) {
      return BilingualText.of(
          chineseBefore + count + chineseMiddle + points + " 分",
          englishBefore + count + (count == 1 ? englishOne : englishOther) + points + pointWord(points));
    }
  }

  /** The words of a target-count rule ({@link TargetCountRule#words()}); the second number is the shortfall. */
  static CountWords targetCount(CountedEvidence evidence, int target, int deduction) {
    String unit = evidence.chineseUnit();
    String against = " against a target of " + target + ", ";
    String shortBy = " short at " + deduction + pointWord(deduction) + " off each: ";
    return new CountWords(
        evidence.chineseNoun() + " ",
        " " + unit + "，目标 " + target + " " + unit + "，差 ",
        " " + unit + "，每差 1 " + unit + "扣 " + deduction + " 分，得 ",
        "",
        " " + evidence.englishSingular() + against,
        " " + evidence.getEnglishName() + against,
        shortBy,
        shortBy);
  }

  /** The words of a per-item rule ({@link PerItemRule#words()}): one number, the count. */
  static CountWords perItem(CountedEvidence evidence, int pointsEach, int cap) {
    String unit = evidence.chineseUnit();
    String each = " at " + pointsEach + pointWord(pointsEach) + " each, capped at " + cap + ": ";
    return new CountWords(
        evidence.chineseNoun() + " ",
        " " + unit + "，每" + unit + " " + pointsEach + " 分，最高 " + cap + " 分，得 ",
        "",
        "",
        " " + evidence.englishSingular() + each,
        " " + evidence.getEnglishName() + each,
        "",
        "");
  }

  /** A level rule's reason for a recorded level and whether it is scored as the lowest; made once per rule and pair. */
  static BilingualText level(LeveledEvidence evidence, Named level, boolean scoredAsLowest, int points) {
    return BilingualText.of(
        evidence.getChineseName() + "：" + level.getChineseName() + (scoredAsLowest ? "（按字面计分，未共享不得分）" : "") + "，得 "
            + points + " 分",
        evidence.getEnglishName() + ": " + level.getEnglishName()
            + (scoredAsLowest ? " (read literally, no sharing scores nothing)" : "") + ": " + points + pointWord(points));
  }

  /**
   * The words of a status rule counting projects ({@link StatusRule#perProjectWords()}): the count is
   * the projects declared only, the second number those approved.
   */
  static CountWords researchPerProject(StatusRule rule) {
    String declared = " declared only at " + rule.getDeclaredPoints() + pointWord(rule.getDeclaredPoints()) + " each, ";
    String approved = " approved at " + rule.getApprovedPoints() + pointWord(rule.getApprovedPoints()) + " each, capped at "
        + rule.getCap() + ": ";
    return new CountWords(
        "科研项目：仅申报 ",
        " 项，每项 " + rule.getDeclaredPoints() + " 分；立项 ",
        " 项，每项 " + rule.getApprovedPoints() + " 分；最高 " + rule.getCap() + " 分，得 ",
        "research projects: ",
        declared,
        declared,
        approved,
        approved);
  }

  /**
   * The words of a status rule counting member units ({@link StatusRule#perMemberUnitWords()}): the
   * count is the member units with an approved project, the second number those with a declared
   * project only.
   */
  static CountWords researchPerMemberUnit(StatusRule rule) {
    String approved = " with an approved project at " + rule.getApprovedPoints() + pointWord(rule.getApprovedPoints()) + " each, ";
    String declared = " with a declared project only at " + rule.getDeclaredPoints() + pointWord(rule.getDeclaredPoints())
        + " each, capped at " + rule.getCap() + ": ";
    return new CountWords(
        "科研项目（按成员单位计）：有立项项目的成员单位 ",
        " 个，每个 " + rule.getApprovedPoints() + " 分；仅有申报项目的成员单位 ",
        " 个，每个 " + rule.getDeclaredPoints() + " 分；最高 " + rule.getCap() + " 分，得 ",
        "research projects per member unit: ",
        " member unit" + approved,
        " member units" + approved,
        " member unit" + declared,
        " member units" + declared);
  }

  /**
   * The fixed words of a growth rule's reason ({@link GrowthRule#words()}): after the reading, and
   * from the percent on for each reading (by its ordinal) when no measure is left out.
   */
  record GrowthWords(String chineseAfter, String englishAfter, List<String> chineseByReading, List<String> englishByReading) {}

  static GrowthWords growthWords(GrowthRule rule) {
    String threshold = rule.getThresholdPercent().toPlainString();
    String step = rule.getStepPercent().toPlainString();
    String stepUnit = rule.getStepPercent().compareTo(BigDecimal.ONE) == 0 ? "percentage point" : "percentage points";
    String chineseAfter = "），达 " + threshold + "% 得 " + rule.getPointsAtThreshold() + " 分，每再增 " + step + " 个百分点加 "
        + rule.getPointsPerStep() + " 分，最高 " + rule.getCap() + " 分，得 ";
    String englishAfter = "); " + rule.getPointsAtThreshold() + pointWord(rule.getPointsAtThreshold()) + " at " + threshold
        + " %, " + rule.getPointsPerStep() + " more for each further " + step + " " + stepUnit + ", capped at " + rule.getCap()
        + ": ";
    List<String> chinese = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (GrowthReading reading : GrowthReading.values()) {
      chinese.add("%（" + reading.getChineseName() + chineseAfter);
      english.add(" % (" + reading.getEnglishName() + englishAfter);
    }
    return new GrowthWords(chineseAfter, englishAfter, List.copyOf(chinese), List.copyOf(english));
  }

  /** The growth reason; {@code grown} is the percent as {@link BigDecimal#toPlainString()} writes it. */
  static BilingualText growth(String grown, GrowthReading reading, List<VolumeMeasure> leftOut, GrowthWords words, int points) {
    if (leftOut.isEmpty()) {
      return BilingualText.of(
          "成员单位业务量增长 " + grown + words.chineseByReading().get(reading.ordinal()) + points + " 分",
          "member units' volume grew " + grown + words.englishByReading().get(reading.ordinal()) + points + pointWord(points));
    }
    return BilingualText.of(
        "成员单位业务量增长 " + grown + "%（" + readingChinese(reading, leftOut) + words.chineseAfter() + points + " 分",
        "member units' volume grew " + grown + " % (" + readingEnglish(reading, leftOut) + words.englishAfter() + points
            + pointWord(points));
  }

  static BilingualText noGrowthRate(List<MemberVolume> volumes, GrowthReading reading) {
    if (volumes.isEmpty()) {
      return awarded("未填报成员单位业务量，无法计算增长率", "no member unit reported its volume, so there is no growth rate", 0);
    }
    if (reading == GrowthReading.POOLED) {
      return awarded(
          "成员单位上一年度业务量合计为 0，无法计算增长率（" + reading.getChineseName() + "）",
          "the member units' volume of the year before is 0, so there is no growth rate (" + reading.getEnglishName() + ")",
          0);
    }
    List<VolumeMeasure> leftOut = Growth.keptByNone(volumes);
    List<VolumeMeasure> zero = Growth.withoutBase(volumes);
    return awarded(
        "成员单位上一年度" + zero.stream().map(VolumeMeasure::getChineseName).collect(Collectors.joining("、"))
            + "为 0，无法计算增长率（" + readingChinese(reading, leftOut) + "）",
        "the member units had " + zero.stream().map(m -> "0 " + m.getEnglishName()).collect(Collectors.joining(" and "))
            + " the year before, so there is no growth rate (" + readingEnglish(reading, leftOut) + ")",
        0);
  }

  private static String readingChinese(GrowthReading reading, List<VolumeMeasure> leftOut) {
    if (leftOut.isEmpty()) {
      return reading.getChineseName();
    }
    return reading.getChineseName() + "；" + leftOut.stream().map(VolumeMeasure::getChineseName).collect(Collectors.joining("、"))
        + "无成员单位填报，不计入平均";
  }

  private static String readingEnglish(GrowthReading reading, List<VolumeMeasure> leftOut) {
    if (leftOut.isEmpty()) {
      return reading.getEnglishName();
    }
    return reading.getEnglishName() + "; " + leftOut.stream().map(VolumeMeasure::getEnglishName).collect(Collectors.joining(" and "))
        + " kept by no member unit, left out of the mean";
  }


  /**
   * The fixed words of the overall reason after the total, made once per rubric and band
   * ({@link Rubric#overallWords}): the total out of the rubric's total, the bound it is above (or,
   * for a fail, the lowest bound it is not above, if the rubric has a band), the grade and the
   * funding.
   */
  record OverallWords(String chineseAfter, String englishAfter) {

    BilingualText reason(int total) {
      return BilingualText.of("总分 " + total + chineseAfter, total + englishAfter);
    }
  }

  static OverallWords overall(int totalPoints, Grade grade, @Nullable GradeBand band, List<GradeBand> bands) {
    String ofTotal = " 分（满分 " + totalPoints + " 分），";
    String englishOfTotal = " of " + totalPoints + pointWord(totalPoints);
    if (band != null) {
      BilingualText funding = band.fundingText();
      return new OverallWords(
          ofTotal + "高于 " + band.getAbove() + " 分，等级为" + grade.getChineseName() + "，" + funding.getChinese(),
          englishOfTotal + ", above " + band.getAbove() + ": " + grade.getEnglishName() + ", " + funding.getEnglish());
    }
    if (bands.isEmpty()) {
      return new OverallWords(
          ofTotal + "等级为" + grade.getChineseName() + "，" + NO_FUNDING.getChinese(),
          englishOfTotal + ": " + grade.getEnglishName() + ", " + NO_FUNDING.getEnglish());
    }
    int lowest = bands.get(bands.size() - 1).getAbove();
    return new OverallWords(
        ofTotal + "未高于 " + lowest + " 分，等级为" + grade.getChineseName() + "，" + NO_FUNDING.getChinese(),
        englishOfTotal + ", not above " + lowest + ": " + grade.getEnglishName() + ", " + NO_FUNDING.getEnglish());
  }

  /** A band's funding in words: 学科建设经费 150 万元 / funding 1,500,000 yuan, or no funding for 0. */
  static BilingualText funding(BigDecimal funding) {
    return funding.signum() == 0
        ? NO_FUNDING
        : BilingualText.of("学科建设经费 " + chineseYuan(funding), "funding " + englishYuan(funding));
  }

  /** An amount in yuan as Chinese documents write it: 150 万元, or 1234.5 元 when not whole ten-thousands. */
  static String chineseYuan(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.compareTo(TEN_THOUSAND) >= 0 && plain.remainder(TEN_THOUSAND).signum() == 0) {
      return plain.divide(TEN_THOUSAND).stripTrailingZeros().toPlainString() + " 万元";
    }
    return plain.toPlainString() + " 元";
  }

  /**
   * An amount in yuan with thousands separators and the decimal places it has: 1,500,000 yuan,
   * 1,234.5 yuan (what {@code String.format(Locale.ROOT, "%,.{places}f", amount)} writes, without
   * parsing a format).
   */
  static String englishYuan(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    String digits = plain.setScale(Math.max(0, plain.scale())).toPlainString();
    int sign = digits.startsWith("-") ? 1 : 0;
    int point = digits.indexOf('.');
    int whole = point < 0 ? digits.length() : point;
    StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 5).append(digits, 0, sign);
    for (int i = sign; i < whole; i++) {
      if (i > sign && (whole - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append(digits, whole, digits.length()).append(" yuan").toString();
  }


  static BilingualText monthShortOfMeetings(YearMonth month, int count, int perMonth) {
    return BilingualText.of(
        month.getYear() + "年" + month.getMonthValue() + "月召开工作会议 " + count + " 次，少于每月 " + perMonth + " 次",
        month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + " had "
            + count(count, "working meeting", "working meetings") + ", fewer than " + perMonth + " a month");
  }

  static BilingualText memberShortOfResearch(CareUnit member, int count, int perMember) {
    return BilingualText.of(
        chineseMember(member) + "本年度科研项目 " + count + " 项，少于每年 " + perMember + " 项",
        englishMember(member) + " has " + count(count, "research project", "research projects") + " this year, fewer than "
            + perMember + " a year");
  }

  static BilingualText memberWithoutOutreach(CareUnit member) {
    return BilingualText.of(
        chineseMember(member) + "本年度未接受外派指导", englishMember(member) + " received no outreach visit this year");
  }

  private static String chineseMember(CareUnit member) {
    return "成员单位" + member.getHospital().getChinese() + member.getDepartment().getChinese();
  }

  private static String englishMember(CareUnit member) {
    return member.getDepartment().getEnglish() + " at " + member.getHospital().getEnglish();
  }


  private static BilingualText awarded(String chinese, String english, int points) {
    return BilingualText.of(chinese + "，得 " + points + " 分", english + ": " + points(points));
  }

  /** "1 point", "0 points", "5 points". */
  static String points(long points) {
    return count(points, "point", "points");
  }

  /** The word after a number of points, with its space: " point" after 1, " points" after any other. */
  private static String pointWord(long points) {
    return points == 1 ? " point" : " points";
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
