package cn.autogov.ws.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message log never keeps a WS-Security password, whatever the prefix. */
class RedactionTest {

  /** What the log kept before (a regular expression): the scan must blank exactly the same. */
  private static final Pattern ORACLE =
      Pattern.compile("(<(?:[\\w.-]+:)?Password\\b[^>]*>)[^<]*(</(?:[\\w.-]+:)?Password>)");

  private static final String TYPE =
      " Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\"";

  @Test
  void shouldBlankEveryPasswordAsBefore() {
    for (String xml :
        List.of(
            "<wsse:UsernameToken><wsse:Username>c</wsse:Username><wsse:Password"
                + TYPE
                + ">s3cr3t</wsse:Password></wsse:UsernameToken>",
            "<Password>a</Password><x>Password</x><o:Password>b</o:Password>",
            "<a-b.c:Password\n  Type=\"x\">pw</a-b.c:Password>",
            "<wsse:Password" + TYPE + "/><wsse:Password>only this</wsse:Password>",
            "<wsse:PasswordDigest>d</wsse:PasswordDigest><c:note>Password: x</c:note>",
            "<wsse:Password></wsse:Password>",
            "<wsse:Password>a<b/>c</wsse:Password>",
            "no password here",
            "<c:VerifyExportFiling><c:creditCode>91350100M000100Y43</c:creditCode>")) {
      assertEquals(ORACLE.matcher(xml).replaceAll("$1***$2"), ExchangeFilter.redact(xml), xml);
    }
  }

  @Test
  void shouldKeepAMessageWithoutPasswordAsItIs() {
    String xml = "<soap:Envelope><soap:Body><c:X/></soap:Body></soap:Envelope>";
    assertSame(xml, ExchangeFilter.redact(xml));
  }
}
