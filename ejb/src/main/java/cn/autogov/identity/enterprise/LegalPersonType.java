package cn.autogov.identity.enterprise;

/** 法人类型 (seed 002, legal-person verification). */
public enum LegalPersonType {
  CORPORATE("企业法人", "Corporate legal person"),
  GOVERNMENT("机关法人", "Government legal person"),
  PUBLIC_INSTITUTION("事业单位法人", "Public-institution legal person"),
  SOCIAL_ORGANISATION("社会团体法人", "Social-organisation legal person"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  LegalPersonType(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
