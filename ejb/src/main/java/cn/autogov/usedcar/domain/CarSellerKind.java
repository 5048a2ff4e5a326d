package cn.autogov.usedcar.domain;

/**
 * 汽车销售企业类型 (seed 003 §2.1.2): a supplier — 国内主机厂 (a domestic manufacturer's brand distributor of
 * new cars), 进口总经销商 (a foreign maker's general distributor in China) — or a 经销商 (retailer of new
 * cars). Optional: a business that sells used cars only is none of them.
 */
public enum CarSellerKind {
  DOMESTIC_MANUFACTURER,
  IMPORT_DISTRIBUTOR,
  RETAILER
}
