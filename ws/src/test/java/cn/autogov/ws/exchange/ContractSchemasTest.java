package cn.autogov.ws.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check every inbound message passes before Metro reads it, with the contracts' own XSDs. */
class ContractSchemasTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final ServletContext SERVLET =
      (ServletContext)
          Proxy.newProxyInstance(
              ContractSchemasTest.class.getClassLoader(),
              new Class<?>[] {ServletContext.class},
              (proxy, method, args) ->
                  "getResource".equals(method.getName())
                      ? WEBAPP.resolve(((String) args[0]).substring(1)).toUri().toURL()
                      : null);
  private static final String ENVELOPE =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:c=\"urn:autogov:customs:v1\">%s<soap:Body>%s</soap:Body></soap:Envelope>";
  private static final String SECURITY =
      "<soap:Header><wsse:Security"
          + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
          + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
          + "<wsu:Timestamp><wsu:Created>2026-12-07T04:00:00Z</wsu:Created></wsu:Timestamp>"
          + "</wsse:Security></soap:Header>";
  private static final String VERIFY =
      "<c:VerifyExportFiling><c:creditCode>91350100M000100Y43</c:creditCode></c:VerifyExportFiling>";

  private static ContractSchemas.Checked check(String header, String payload) {
    return ContractSchemas.check(
        SERVLET, String.format(ENVELOPE, header, payload).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValidPayloadPassesWhateverItsPrefixesAndTheTimestampIsSeen() {
    var ok = check(SECURITY, VERIFY);
    assertNull(ok.problem());
    assertTrue(ok.timestamped());
    assertNull(
        check(
                "",
                "<VerifyExportFiling xmlns=\"urn:autogov:customs:v1\"><creditCode>"
                    + "91350100M000100Y43</creditCode></VerifyExportFiling>")
            .problem(),
        "a default namespace instead of the prefix");
    for (int i = 0; i < 3; i++) { // the thread's reader and validator again: nothing left over
      assertNull(check(SECURITY, VERIFY).problem());
      assertEquals(
          "exchange.schema-value",
          check("", VERIFY.replace("91350100M000100Y43", "x")).problem().key());
    }
  }

  @Test
  void aWrongPayloadIsRefusedNamingTheElementAndTheValue() {
    var value = check("", VERIFY.replace("91350100M000100Y43", "x")).problem();
    assertEquals("exchange.schema-value", value.key());
    assertEquals(Map.of("element", "creditCode", "value", "x"), value.params());
    var structure =
        check("", "<c:VerifyExportFiling><c:other>1</c:other></c:VerifyExportFiling>").problem();
    assertEquals("exchange.schema-structure", structure.key());
    assertEquals("other", structure.params().get("element"));
    var unknown = check("", "<x:Foo xmlns:x=\"urn:nope\"/>").problem();
    assertEquals("exchange.schema-unknown-element", unknown.key());
    assertEquals("exchange.schema-structure", check("", "").problem().key(), "an empty body");
  }

  @Test
  void aDtdOrABrokenMessageIsRefusedBeforeAnythingExpandsIt() {
    String dtd =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaa\">]>"
            + String.format(ENVELOPE, "", VERIFY);
    assertEquals(
        "exchange.dtd-refused",
        ContractSchemas.check(SERVLET, dtd.getBytes(StandardCharsets.UTF_8)).problem().key());
    assertEquals("exchange.malformed", check("", VERIFY + "<unclosed>").problem().key());
  }
}
