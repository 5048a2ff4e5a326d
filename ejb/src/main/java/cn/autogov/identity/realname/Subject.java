package cn.autogov.identity.realname;

/** 用户类型: whom a real-name verification is about. */
public enum Subject {
  /** 法人: the enterprise, by its legal representative's identity document and business licence. */
  LEGAL_PERSON,
  /** 自然人: an individual, by their identity document. */
  NATURAL_PERSON
}
