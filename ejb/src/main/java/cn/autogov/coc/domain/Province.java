package cn.autogov.coc.domain;

/**
 * The provinces (省级行政区) a plant lies in: ISO 3166-2:CN's codes, each with its GB/T 2260 code (what
 * tax systems key provinces by). Labels {@code province.<code>}.
 */
public enum Province {
  BJ("11"),
  TJ("12"),
  HE("13"),
  SX("14"),
  NM("15"),
  LN("21"),
  JL("22"),
  HL("23"),
  SH("31"),
  JS("32"),
  ZJ("33"),
  AH("34"),
  FJ("35"),
  JX("36"),
  SD("37"),
  HA("41"),
  HB("42"),
  HN("43"),
  GD("44"),
  GX("45"),
  HI("46"),
  CQ("50"),
  SC("51"),
  GZ("52"),
  YN("53"),
  XZ("54"),
  SN("61"),
  GS("62"),
  QH("63"),
  NX("64"),
  XJ("65"),
  TW("71"),
  HK("81"),
  MO("82");

  private final String gbCode;

  Province(String gbCode) {
    this.gbCode = gbCode;
  }

  /** The two-digit GB/T 2260 code (11 北京市, 44 广东省, …). */
  public String gbCode() {
    return gbCode;
  }
}
