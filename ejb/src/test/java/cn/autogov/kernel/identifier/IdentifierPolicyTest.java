package cn.autogov.kernel.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.kernel.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The decisions the vectors leave open (POLICY rows, review cases), and the exact words a user
 * reads.
 */
class IdentifierPolicyTest {

  private static List<String> zh(IdentifierKind kind, String value) {
    return VerdictText.messages(kind.check(value), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void shouldSayWhichCreditCodeCharacterIsWrongInChineseAndEnglish() {
    Verdict v = IdentifierKind.USCC.check("1111111111AAAAAAAA");
    assertEquals(Outcome.INVALID, v.outcome());
    assertEquals(
        List.of("统一社会信用代码第18位校验码错误"), zh(IdentifierKind.USCC, "1111111111AAAAAAAA").subList(1, 2));
    assertEquals(
        "Unified social credit code: letter O at position 11 is never used (credit codes use no I, O, S, V, Z)",
        VerdictText.messages(IdentifierKind.USCC.check("91350100M0O0100Y43"), Locale.ENGLISH)
            .get(0));
  }

  @Test
  void shouldSendPilotEraCreditCodesToManualReviewNotRejectThem() {
    Verdict pilot = IdentifierKind.USCC.check("91350100M0001TGQXM");
    assertEquals(Outcome.REVIEW, pilot.outcome(), pilot.toString());
    assertEquals(
        List.of("统一社会信用代码第18位校验码错误；如该代码为2015年前试点期间发放，可提交人工核验"),
        zh(IdentifierKind.USCC, "91350100M0001TGQXM"));
  }

  @Test
  void shouldReviewAnEmbeddedOrganisationCodeCheckFailure() {
    assertEquals(Outcome.REVIEW, IdentifierKind.USCC.check("911101053EDFR8JX1L").outcome());
  }

  @Test
  void shouldRefuseTheReservedPrivateOrganisationCodeRange() {
    Verdict v = IdentifierKind.ORG_CODE.check("PDY00001X");
    assertEquals(Outcome.INVALID, v.outcome());
    assertEquals("org-code.reserved", v.problems().get(0).key());
  }

  @Test
  void shouldNameTheConfusableLetterInsteadOfCorrectingIt() {
    Verdict v = IdentifierKind.VIN.check("1hgbh41jxmn1o9186");
    assertEquals("1HGBH41JXMN1O9186", v.normalised());
    assertEquals(
        List.of("车辆识别代号第13位不能使用字母O（车辆识别代号不使用I、O、Q）"),
        VerdictText.messages(v, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void shouldRefuseADomesticVinWithAWrongCheckDigitButReviewAnImportedOne() {
    assertEquals(Outcome.INVALID, IdentifierKind.VIN.check("LSVAB2BJ0PN000002").outcome());
    assertEquals(Outcome.REVIEW, IdentifierKind.VIN.check("1HGBH41J1MN109186").outcome());
  }

  @Test
  void shouldAcceptAVinWithAnUnknownYearCodeButWarn() {
    Verdict v = IdentifierKind.VIN.check("LSVAB2BJ7UA000123");
    assertEquals(Outcome.VALID, v.outcome());
    assertEquals(Problem.Severity.WARNING, v.problems().get(0).severity());
  }

  @Test
  void shouldReviewWidenedNewEnergyLettersAndRefuseOthers() {
    assertEquals(Outcome.REVIEW, IdentifierKind.PLATE.check("粤BA12345").outcome());
    assertEquals(Outcome.REVIEW, IdentifierKind.PLATE.check("京A12345K").outcome());
    assertEquals(Outcome.INVALID, IdentifierKind.PLATE.check("京AX12345").outcome());
  }

  @Test
  void shouldRefuseLegacyFifteenDigitIdNumbersWithTheirOwnMessage() {
    assertEquals(
        List.of("身份证件号码为15位旧号码，请填写18位身份证件号码"), zh(IdentifierKind.CITIZEN_ID, "110105491231002"));
  }

  @Test
  void shouldAcceptForeignersPermanentResidenceNumbersStartingWithNine() {
    // 9 + province 11 + nationality 840 + birth 1990-01-01 + sequence 123 + check
    String body = "91184019900101123";
    String id = body + Chars.mod11x2(body);
    assertEquals(Outcome.VALID, IdentifierKind.CITIZEN_ID.check(id).outcome());
  }

  @Test
  void shouldReviewCustomsCodesWithLettersWhereRealOnesReportedlyHaveThem() {
    assertEquals(Outcome.REVIEW, IdentifierKind.CUSTOMS_CODE.check("1101A10123").outcome());
  }

  @Test
  void shouldCheckCertificateNumbersAndTheirEnterpriseCode() {
    assertEquals(
        Outcome.VALID, IdentifierKind.CERTIFICATE_NUMBER.check("WCB026AB000123").outcome());
    assertEquals(
        Outcome.INVALID, IdentifierKind.CERTIFICATE_NUMBER.check("1CB026AB000123").outcome());
    assertEquals(true, CertificateNumberRules.belongsTo("WCB026AB000123", "WCB0"));
  }

  @Test
  void shouldNormaliseMobileNumbersAndEmails() {
    assertEquals("13912345678", IdentifierKind.MOBILE.check("+86 139-1234-5678").normalised());
    assertEquals(Outcome.VALID, IdentifierKind.MOBILE.check("+86 139-1234-5678").outcome());
    assertEquals(Outcome.INVALID, IdentifierKind.MOBILE.check("12912345678").outcome());
    assertEquals(
        "Zhang.San@example.cn", IdentifierKind.EMAIL.check(" Zhang.San@EXAMPLE.cn ").normalised());
    assertEquals(Outcome.INVALID, IdentifierKind.EMAIL.check("zhang@localhost").outcome());
  }
}
