package cn.autogov.usedcar.domain;

/**
 * 是否企业: a party of a sale is a company (identified by its credit code, or its organisation code
 * when it has none) or a person (by the citizen ID number).
 */
public enum PartyKind {
  COMPANY,
  PERSON
}
