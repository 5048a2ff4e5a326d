package cn.autogov.exchange.domain;

/** How a partner called: SOAP (WS-Security) or the REST twin. */
public enum Channel {
  SOAP,
  REST
}
