package cn.autogov.enterprise.application;

/**
 * Whether a vehicle enterprise is listed in the MIIT bulletin 《道路机动车辆生产企业及产品》 (公告企业) or not
 * (非公告企业); the certificate business's material checklists depend on it (seed 000).
 */
public enum Listing {
  BULLETIN,
  NON_BULLETIN
}
