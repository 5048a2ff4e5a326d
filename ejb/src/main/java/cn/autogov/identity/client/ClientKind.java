package cn.autogov.identity.client;

/** The partner systems that exchange data with the platform. */
public enum ClientKind {
  /** 税务系统 */
  TAX,
  /** 海关系统 */
  CUSTOMS,
  /** 证书认证机构 (CA) */
  CA
}
