package io.github.yilian.alliance;

import io.github.yilian.common.BilingualText;
import java.time.LocalDate;
import java.util.List;

/**
 * The four Haikou specialty alliances of 海医改办〔2021〕26号 (seed 003), section 四 (试点范围) with the
 * management committees and offices of section 六(二), as data a Haikou user starts from:
 *
 * <table>
 *   <caption>The four alliances</caption>
 *   <tr><th>alliance id</th><th>lead department</th><th>member units</th></tr>
 *   <tr><td>{@code neurosurgery}</td><td>Haikou People's Hospital, neurosurgery</td>
 *       <td>the Hospital of Traditional Chinese Medicine, the Third and the Fourth People's
 *       Hospital</td></tr>
 *   <tr><td>{@code rehabilitation}</td><td>Haikou People's Hospital, rehabilitation medicine</td>
 *       <td>the same three</td></tr>
 *   <tr><td>{@code cardiology}</td><td>Haikou People's Hospital, cardiology</td>
 *       <td>the same three</td></tr>
 *   <tr><td>{@code orthopaedics}</td><td>Haikou Orthopaedics and Diabetes Hospital,
 *       orthopaedics</td><td>Haikou People's Hospital and the same three</td></tr>
 * </table>
 *
 * <p>A unit's id is its hospital's code and the alliance id: {@code peoples-neurosurgery},
 * {@code tcm-neurosurgery}, {@code third-neurosurgery}, {@code fourth-neurosurgery};
 * {@code ortho-diabetes-orthopaedics}, {@code peoples-orthopaedics} and so on. Every alliance began
 * operating on {@link #OPERATING_SINCE}, the last day the plan allows ("2021 年 10 月底前正式实施大专科联盟
 * 运营", section 五), so November 2021 is the first month an assessment asks for a meeting.
 *
 * <p>Section 四 names every member unit by the alliance's specialty; where section 六(二) names a
 * vice-chair's department otherwise (神经外科 of the Hospital of Traditional Chinese Medicine is
 * "骨伤科（颅脑外科）" there), section 四 is followed. This class is immutable and thread-safe.
 */
public final class HaikouAlliances2021 {

  /** The day every Haikou alliance began operating: 31 October 2021 ("2021 年 10 月底前", section 五). */
  public static final LocalDate OPERATING_SINCE = LocalDate.of(2021, 10, 31);

  private static final BilingualText PEOPLES = BilingualText.of("海口市人民医院", "Haikou People's Hospital");
  private static final BilingualText TCM =
      BilingualText.of("海口市中医医院", "Haikou Hospital of Traditional Chinese Medicine");
  private static final BilingualText THIRD = BilingualText.of("海口市第三人民医院", "Haikou Third People's Hospital");
  private static final BilingualText FOURTH = BilingualText.of("海口市第四人民医院", "Haikou Fourth People's Hospital");
  private static final BilingualText ORTHO_DIABETES =
      BilingualText.of("海口市骨科与糖尿病医院", "Haikou Orthopaedics and Diabetes Hospital");

  private static final SpecialtyAlliance NEUROSURGERY = alliance("neurosurgery", "神经外科", "neurosurgery", false,
      "夏鹰", List.of("陈伟明", "武旭刚", "王少雄", "林晶"), "陈伟明");
  private static final SpecialtyAlliance REHABILITATION = alliance("rehabilitation", "康复医学科", "rehabilitation medicine", false,
      "宋振华", List.of("郑建华", "张秋菊", "黄卫", "刘琳"), "郑建华");
  private static final SpecialtyAlliance CARDIOLOGY = alliance("cardiology", "心血管内科", "cardiology", false,
      "陆士娟", List.of("陈漠水", "钟江华", "张光星", "詹浴曦", "高日扬"), "黄康");
  private static final SpecialtyAlliance ORTHOPAEDICS = alliance("orthopaedics", "骨科", "orthopaedics", true,
      "江潮胤", List.of("王挺", "郭祥", "周宗波", "侯平", "林晶"), "王挺");
  private static final List<SpecialtyAlliance> ALL = List.of(NEUROSURGERY, REHABILITATION, CARDIOLOGY, ORTHOPAEDICS);

  private HaikouAlliances2021() {}

  /**
   * Returns the neurosurgery alliance (神经外科大专科联盟), led by Haikou People's Hospital.
   *
   * @return the alliance {@code neurosurgery}
   */
  public static SpecialtyAlliance neurosurgery() {
    return NEUROSURGERY;
  }

  /**
   * Returns the rehabilitation-medicine alliance (康复医学大专科联盟), led by Haikou People's Hospital.
   *
   * @return the alliance {@code rehabilitation}
   */
  public static SpecialtyAlliance rehabilitationMedicine() {
    return REHABILITATION;
  }

  /**
   * Returns the cardiology alliance (心血管内科大专科联盟), led by Haikou People's Hospital.
   *
   * @return the alliance {@code cardiology}
   */
  public static SpecialtyAlliance cardiology() {
    return CARDIOLOGY;
  }

  /**
   * Returns the orthopaedics alliance (骨科大专科联盟), led by Haikou Orthopaedics and Diabetes
   * Hospital, with Haikou People's Hospital among its members.
   *
   * @return the alliance {@code orthopaedics}
   */
  public static SpecialtyAlliance orthopaedics() {
    return ORTHOPAEDICS;
  }

  /**
   * Returns the four alliances in the order of section 四: neurosurgery, rehabilitation medicine,
   * cardiology, orthopaedics.
   *
   * @return the alliances, unmodifiable
   */
  public static List<SpecialtyAlliance> alliances() {
    return ALL;
  }

  private static SpecialtyAlliance alliance(String id, String chinese, String english, boolean ledByOrthoDiabetes,
      String chair, List<String> viceChairs, String officeDirector) {
    BilingualText department = BilingualText.of(chinese, english);
    SpecialtyAlliance.Builder builder = SpecialtyAlliance.builder();
    builder.id(id).specialty(department).operatingSince(OPERATING_SINCE);
    if (ledByOrthoDiabetes) {
      builder.lead(unit("ortho-diabetes", ORTHO_DIABETES, id, department)).addMembers(unit("peoples", PEOPLES, id, department));
    } else {
      builder.lead(unit("peoples", PEOPLES, id, department));
    }
    builder.addMembers(unit("tcm", TCM, id, department), unit("third", THIRD, id, department), unit("fourth", FOURTH, id, department));
    builder.addCommittee(CommitteeMember.of(chair, CommitteeRole.CHAIR));
    viceChairs.forEach(name -> builder.addCommittee(CommitteeMember.of(name, CommitteeRole.VICE_CHAIR)));
    builder.addCommittee(CommitteeMember.of(officeDirector, CommitteeRole.OFFICE_DIRECTOR));
    return builder.build();
  }

  private static CareUnit unit(String hospitalCode, BilingualText hospital, String allianceId, BilingualText department) {
    return CareUnit.of(hospitalCode + "-" + allianceId, hospital, department);
  }
}
