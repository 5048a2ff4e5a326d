package cn.autogov.filing.domain;

/** How a filing came in: online by the enterprise, or on paper and entered by staff (seed 004). */
public enum FilingChannel {
  ONLINE,
  OFFLINE
}
