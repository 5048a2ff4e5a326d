package cn.autogov.enterprise.domain;

/** 企业或机构类型 (seed 002, legal-person verification); labels in the portal's bundle. */
public enum EnterpriseType {
  ENTERPRISE,
  PUBLIC_INSTITUTION,
  SOCIAL_ORGANISATION,
  PRIVATE_NON_ENTERPRISE,
  GOVERNMENT,
  OTHER
}
