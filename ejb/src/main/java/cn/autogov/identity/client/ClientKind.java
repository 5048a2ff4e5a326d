package cn.autogov.identity.client;

/** The partner systems that exchange data with the platform. */
public enum ClientKind {
  /** 税务系统 */
  TAX,
  /** 海关系统 */
  CUSTOMS,
  /** 证书认证机构 (CA) */
  CA,
  /** 电子钥匙服务商的系统: acts for one of the provider's staff accounts (seed 004) */
  EKEY_PROVIDER;

  /** Whether the client acts as a staff account of its organisation (and needs one named). */
  public boolean actsAsStaff() {
    return this == EKEY_PROVIDER;
  }
}
