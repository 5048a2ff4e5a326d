package cn.autogov.identity.enterprise;

/** 企业或机构类型 (seed 002, legal-person verification). */
public enum EnterpriseType {
  ENTERPRISE("企业", "Enterprise"),
  PUBLIC_INSTITUTION("事业单位", "Public institution"),
  SOCIAL_ORGANISATION("社会团体", "Social organisation"),
  PRIVATE_NON_ENTERPRISE("民办非企业单位", "Private non-enterprise unit"),
  GOVERNMENT("机关", "Government agency"),
  OTHER("其他组织机构", "Other organisation");

  private final String zh;
  private final String en;

  EnterpriseType(String zh, String en) {
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
