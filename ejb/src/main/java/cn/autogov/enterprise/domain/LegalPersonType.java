package cn.autogov.enterprise.domain;

/** 法人类型 (seed 002, legal-person verification); labels in the portal's bundle. */
public enum LegalPersonType {
  CORPORATE,
  GOVERNMENT,
  PUBLIC_INSTITUTION,
  SOCIAL_ORGANISATION,
  OTHER
}
