package cn.autogov.kernel.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceAndTaxNumberTest {

  @Test
  void aLicenceNumberHoldsItsMod1110CheckDigit() {
    // p runs 2,6,1,4,8,1,2,4,8,5,10,9,7,5 → (5 + c) mod 10 = 1 → c = 6: the number GS 15 guides
    // cite
    assertEquals('6', LicenceNumberRules.checkDigit("11010800000001"));
    assertTrue(IdentifierKind.LICENCE_NUMBER.check("110108000000016").isValid());
    assertEquals(
        List.of("licence-number.check"),
        keys(IdentifierKind.LICENCE_NUMBER.check("110108000000017").problems()));
    assertEquals(
        List.of("licence-number.region"),
        keys(IdentifierKind.LICENCE_NUMBER.check("990108000000016").problems()));
    assertEquals(
        List.of("licence-number.digits"),
        keys(IdentifierKind.LICENCE_NUMBER.check("11010800000001A").problems()));
    assertEquals(
        List.of("identifier.length"),
        keys(IdentifierKind.LICENCE_NUMBER.check("1101080000000").problems()));
  }

  @Test
  void everyLicenceCheckDigitIsOneOfTenAndOnlyOneFits() {
    String body = "35010220170042";
    int fits = 0;
    for (char c = '0'; c <= '9'; c++) {
      fits += IdentifierKind.LICENCE_NUMBER.check(body + c).isValid() ? 1 : 0;
    }
    assertEquals(1, fits);
  }

  @Test
  void aTaxNumberIsADivisionAndAnOrgCodeOrACreditCodeOrAnIdAndTwoDigits() {
    String org = "MA2Y8E3T" + OrgCodeRules.checkChar("MA2Y8E3T");
    assertTrue(IdentifierKind.TAX_NUMBER.check("350102" + org).isValid());
    assertTrue(IdentifierKind.TAX_NUMBER.check("91350100MA2Y8E3TX7").isValid());
    assertTrue(IdentifierKind.TAX_NUMBER.check("11010519491231002X01").isValid());
    assertEquals(
        List.of("tax-number.region"),
        keys(IdentifierKind.TAX_NUMBER.check("990102" + org).problems()));
    String wrongCheck = "350102MA2Y8E3T" + (org.endsWith("0") ? "1" : "0");
    var problems = IdentifierKind.TAX_NUMBER.check(wrongCheck).problems();
    assertEquals(List.of("org-code.check"), keys(problems));
    assertEquals(
        List.of("tax-number.suffix"),
        keys(IdentifierKind.TAX_NUMBER.check("11010519491231002XAB").problems()));
    assertEquals(
        List.of("tax-number.length"),
        keys(IdentifierKind.TAX_NUMBER.check("3501021234").problems()));
  }

  private static List<String> keys(List<Problem> problems) {
    return problems.stream().map(Problem::key).toList();
  }
}
