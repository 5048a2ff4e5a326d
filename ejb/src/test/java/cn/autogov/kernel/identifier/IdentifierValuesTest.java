package cn.autogov.kernel.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentifierValuesTest {

  @Test
  void shouldParseTypedInputOnceAndExposeItsParts() {
    CreditCode code = CreditCode.parse(" ９１３５０１００ｍ０００１００ｙ４３ ");
    assertEquals("91350100M000100Y43", code.value());
    assertEquals("M000100Y4", code.orgCode());
    assertEquals(OrgCode.of("M000100Y4"), OrgCode.of(code.orgCode()));
    assertEquals("350100", code.regionCode());
    assertEquals(LocalDate.of(1949, 12, 31), CitizenId.parse("11010519491231002x").birthDate());
    assertEquals("京", PlateNumber.parse("京A·12345").province());
    assertEquals("LSV", Vin.of("LSVAB2BJXPN000002").wmi());
    assertEquals("WCB0", CertificateNumber.of("WCB026AB000123").enterpriseCode());
  }

  @Test
  void shouldRefuseToExistWhenInvalidAndSayWhy() {
    var e =
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.of("1111111111AAAAAAAA"));
    assertEquals(
        List.of("统一社会信用代码第17位（组织机构代码校验码）错误，需人工核验", "统一社会信用代码第18位校验码错误"),
        VerdictText.messages(e.verdict(), Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void shouldAcceptAReviewCaseOnlyWhenAReviewerConfirmedIt() {
    assertThrows(InvalidIdentifierException.class, () -> CreditCode.of("91350100M0001TGQXM"));
    assertEquals("91350100M0001TGQXM", CreditCode.reviewed("91350100M0001TGQXM").value());
    assertThrows(InvalidIdentifierException.class, () -> CreditCode.reviewed("1111111111AAAAAAAA"));
  }
}
