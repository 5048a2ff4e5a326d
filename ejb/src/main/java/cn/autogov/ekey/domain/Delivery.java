package cn.autogov.ekey.domain;

/** How the enterprise gets its key from the issuing authority: 现场领取, or 快递 to an address. */
public enum Delivery {
  ON_SITE,
  COURIER
}
