package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The provincial-level divisions an expert team can be responsible for (分区包段, seed 000, sections
 * 二(三) and 五(一)): the 31 of mainland China with their GB/T 2260 codes, and the Xinjiang
 * Production and Construction Corps.
 *
 * <p>The Corps ({@link #XINJIANG_CORPS}) is not a GB/T 2260 division: its code 660000 is the code
 * health statistics use for it, outside the standard. It is therefore not in {@link #mainland()};
 * a group that covers it adds it to its covered provinces explicitly, and
 * {@link #isGbt2260()} tells it apart.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Province implements Named {
  /** Beijing. */
  BEIJING("110000", "北京市", "Beijing"),
  /** Tianjin. */
  TIANJIN("120000", "天津市", "Tianjin"),
  /** Hebei. */
  HEBEI("130000", "河北省", "Hebei"),
  /** Shanxi. */
  SHANXI("140000", "山西省", "Shanxi"),
  /** Inner Mongolia. */
  INNER_MONGOLIA("150000", "内蒙古自治区", "Inner Mongolia"),
  /** Liaoning. */
  LIAONING("210000", "辽宁省", "Liaoning"),
  /** Jilin. */
  JILIN("220000", "吉林省", "Jilin"),
  /** Heilongjiang. */
  HEILONGJIANG("230000", "黑龙江省", "Heilongjiang"),
  /** Shanghai. */
  SHANGHAI("310000", "上海市", "Shanghai"),
  /** Jiangsu. */
  JIANGSU("320000", "江苏省", "Jiangsu"),
  /** Zhejiang. */
  ZHEJIANG("330000", "浙江省", "Zhejiang"),
  /** Anhui. */
  ANHUI("340000", "安徽省", "Anhui"),
  /** Fujian. */
  FUJIAN("350000", "福建省", "Fujian"),
  /** Jiangxi. */
  JIANGXI("360000", "江西省", "Jiangxi"),
  /** Shandong. */
  SHANDONG("370000", "山东省", "Shandong"),
  /** Henan. */
  HENAN("410000", "河南省", "Henan"),
  /** Hubei. */
  HUBEI("420000", "湖北省", "Hubei"),
  /** Hunan. */
  HUNAN("430000", "湖南省", "Hunan"),
  /** Guangdong. */
  GUANGDONG("440000", "广东省", "Guangdong"),
  /** Guangxi. */
  GUANGXI("450000", "广西壮族自治区", "Guangxi"),
  /** Hainan. */
  HAINAN("460000", "海南省", "Hainan"),
  /** Chongqing. */
  CHONGQING("500000", "重庆市", "Chongqing"),
  /** Sichuan. */
  SICHUAN("510000", "四川省", "Sichuan"),
  /** Guizhou. */
  GUIZHOU("520000", "贵州省", "Guizhou"),
  /** Yunnan. */
  YUNNAN("530000", "云南省", "Yunnan"),
  /** Xizang (Tibet). */
  XIZANG("540000", "西藏自治区", "Xizang"),
  /** Shaanxi. */
  SHAANXI("610000", "陕西省", "Shaanxi"),
  /** Gansu. */
  GANSU("620000", "甘肃省", "Gansu"),
  /** Qinghai. */
  QINGHAI("630000", "青海省", "Qinghai"),
  /** Ningxia. */
  NINGXIA("640000", "宁夏回族自治区", "Ningxia"),
  /** Xinjiang. */
  XINJIANG("650000", "新疆维吾尔自治区", "Xinjiang"),
  /**
   * The Xinjiang Production and Construction Corps: covered by a group only when added explicitly;
   * its code 660000 is not a GB/T 2260 code.
   */
  XINJIANG_CORPS("660000", "新疆生产建设兵团", "Xinjiang Production and Construction Corps");

  private static final Set<Province> MAINLAND =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(XINJIANG_CORPS)));

  private final String code;
  private final BilingualText name;

  Province(String code, String chineseName, String englishName) {
    this.code = code;
    this.name = BilingualText.of(chineseName, englishName);
  }

  /**
   * Returns the 31 provincial-level divisions of mainland China, without the Corps.
   *
   * @return the 31 divisions, unmodifiable
   */
  public static Set<Province> mainland() {
    return MAINLAND;
  }

  /**
   * Finds a division by its six-digit code, such as {@code "650000"} for Xinjiang.
   *
   * @param code the code, not null
   * @return the division, or empty if no division has that code
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Province> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /**
   * Returns the six-digit code: the GB/T 2260 code, or 660000 for the Corps.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Checks whether the code is a GB/T 2260 code: true for the 31 divisions, false for the Corps.
   *
   * @return true if this is one of the 31 divisions of GB/T 2260
   */
  public boolean isGbt2260() {
    return this != XINJIANG_CORPS;
  }

  @Override
  public BilingualText getName() {
    return name;
  }
}
