package cn.autogov.ws.exchange;

import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.kernel.DomainText;
import java.util.Locale;
import java.util.Map;

/**
 * The declared ExchangeFault of every AutoGov contract as a SOAP 1.1 fault: a stable code, and its
 * Chinese and English texts; the fault string is the Chinese one. Never an internal error text.
 */
public final class SoapFaults {

  private SoapFaults() {}

  /** A whole fault envelope for {@code code} in namespace {@code ns} (a contract's namespace). */
  public static String envelope(String ns, FaultCode code, String zh, String en) {
    String side = code == FaultCode.UNAVAILABLE ? "soap:Server" : "soap:Client";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<soap:Fault><faultcode>"
        + side
        + "</faultcode><faultstring xml:lang=\"zh\">"
        + escape(zh)
        + "</faultstring><detail><f:ExchangeFault xmlns:f=\""
        + escape(ns)
        + "\"><f:code>"
        + code.name()
        + "</f:code><f:messageZh>"
        + escape(zh)
        + "</f:messageZh><f:messageEn>"
        + escape(en)
        + "</f:messageEn></f:ExchangeFault></detail></soap:Fault></soap:Body></soap:Envelope>";
  }

  public static String envelope(String ns, FaultCode code, Map<String, ?> params) {
    return envelope(ns, code, params, code.messageKey());
  }

  /** A fault with the code's text or, for a more precise one, the text of {@code messageKey}. */
  public static String envelope(
      String ns, FaultCode code, Map<String, ?> params, String messageKey) {
    return envelope(
        ns,
        code,
        DomainText.render(Locale.SIMPLIFIED_CHINESE, messageKey, params),
        DomainText.render(Locale.ENGLISH, messageKey, params));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
