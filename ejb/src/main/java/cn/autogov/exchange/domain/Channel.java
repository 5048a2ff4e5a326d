package cn.autogov.exchange.domain;

/**
 * How a call went: a partner called by SOAP (WS-Security) or the REST twin, or AutoGov called it.
 */
public enum Channel {
  SOAP,
  REST,
  /** AutoGov called the partner's callback (the outbox's PARTNER messages) */
  OUTBOUND
}
