package cn.autogov.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.identity.client.ClientRight;
import cn.autogov.kernel.DomainText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every fault code has its Chinese and English text; refusal keys map to the contract's codes. */
class FaultCodeTest {

  @Test
  void shouldHaveTextsInBothLanguagesForEveryCode() {
    for (FaultCode c : FaultCode.values()) {
      for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        String text = DomainText.text(l, c.messageKey());
        assertEquals(false, text.equals(c.messageKey()), c + " has no " + l + " text");
      }
    }
  }

  @Test
  void shouldMapRefusalKeysToCodes() {
    assertEquals(FaultCode.UNKNOWN_FILING, FaultCode.ofKey("exchange.unknown-filing"));
    assertEquals(FaultCode.NOT_AUTHORISED, FaultCode.ofKey("exchange.not-authorised"));
    assertEquals(FaultCode.INVALID_REQUEST, FaultCode.ofKey("exchange.message-id-reused"));
    assertEquals(FaultCode.INVALID_REQUEST, FaultCode.ofKey("exchange.bad-parameter"));
    assertEquals(FaultCode.UNAVAILABLE, FaultCode.ofKey("filing.not-found"));
    assertEquals(FaultCode.UNKNOWN_FILING, FaultCode.ofKey("exchange.unknown-filing.opening"));
    assertEquals(FaultCode.CONFLICT, FaultCode.ofKey("exchange.conflict.opening-opened"));
    assertEquals(FaultCode.INVALID_REQUEST, FaultCode.ofKey("exchange.unknown-filingx"));
  }

  @Test
  void shouldNameEachOperationByItsRight() {
    assertEquals("customs.verify", ExchangeOperation.CUSTOMS_VERIFY.code());
    assertEquals(
        ClientRight.CUSTOMS_GET,
        ExchangeOperation.bySoapName("GetExportFiling").orElseThrow().right());
    assertEquals(true, ExchangeOperation.bySoapName("DeleteEverything").isEmpty());
  }
}
