package cn.autogov.usedcar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleEntryTest {

  static Map<String, String> valid() {
    Map<String, String> v = new HashMap<>();
    v.put("buyerKind", "PERSON");
    v.put("buyerName", "王买方");
    v.put("buyerIdNumber", "11010519491231002X");
    v.put("buyerAddress", "福州市鼓楼区买方路1号");
    v.put("buyerMobile", "13800000001");
    v.put("sellerKind", "单位");
    v.put("sellerName", "福州卖方汽车有限公司");
    v.put("sellerIdNumber", "91350100MA2Y8E3TX7");
    v.put("sellerAddress", "福州市台江区卖方路2号");
    v.put("sellerMobile", "13800000002");
    v.put("plateNumber", "闽A·12345");
    v.put("registrationNumber", "350001234567");
    v.put("vin", "LSJA24U62JG269225");
    v.put("brandModel", "大众牌FV7145");
    v.put("vehicleClass", "基本型（轿车）");
    v.put("transferOffice", "福州市车辆管理所");
    v.put("price", "86,000.5");
    v.put("dealingUnit", "福州二手车交易市场");
    v.put("soldOn", "2024-02-28");
    return v;
  }

  private static List<String> fields(Checks checks) {
    try {
      checks.throwIfAny();
      return List.of();
    } catch (InputRejectedException e) {
      return e.problems().stream().map(p -> p.field()).toList();
    }
  }

  @Test
  void aCompleteSaleIsCheckedAndNormalised() {
    var checks = new Checks();
    Sale s = new SaleEntry(valid()).check(checks);
    assertEquals(List.of(), fields(checks));
    assertEquals(PartyKind.COMPANY, s.seller().kind());
    assertEquals(VehicleClass.SEDAN, s.vehicleClass());
    assertEquals("闽A12345", s.plateNumber());
    assertEquals(new BigDecimal("86000.50"), s.price());
    assertNull(s.agent());
  }

  @Test
  void everyRequiredFieldIsNamedWhenBlank() {
    var checks = new Checks();
    assertNull(new SaleEntry(Map.of()).check(checks));
    List<String> named = fields(checks);
    for (String f : SaleEntry.FIELDS) {
      boolean optional = f.startsWith("agent") || f.equals("hasAgent") || f.equals("priceInWords");
      assertEquals(!optional, named.contains(f), f);
    }
  }

  @Test
  void anAgentIsCheckedOnlyWhenThereIsOne() {
    var v = valid();
    v.put("hasAgent", "是");
    var checks = new Checks();
    new SaleEntry(v).check(checks);
    assertTrue(fields(checks).containsAll(List.of("agentKind", "agentName", "agentIdNumber")));
    v.put("agentKind", "COMPANY");
    v.put("agentName", "福州代理有限公司");
    v.put("agentIdNumber", "MA2Y8E3TX"); // an organisation code: 无统一代码
    v.put("agentAddress", "福州");
    v.put("agentMobile", "13800000003");
    checks = new Checks();
    Sale s = new SaleEntry(v).check(checks);
    assertEquals(List.of(), fields(checks));
    assertNotNull(s.agent());
  }

  @Test
  void theWordsMustAgreeWithTheFigures() {
    var v = valid();
    v.put("priceInWords", "捌万陆仟元伍角");
    var checks = new Checks();
    assertNotNull(new SaleEntry(v).check(checks));
    v.put("priceInWords", "捌万陆仟元整");
    checks = new Checks();
    new SaleEntry(v).check(checks);
    assertEquals(List.of("priceInWords"), fields(checks));
    v.put("priceInWords", "八万六千");
    checks = new Checks();
    new SaleEntry(v).check(checks);
    assertEquals(List.of("priceInWords"), fields(checks));
  }

  @Test
  void wrongValuesAreNamedByField() {
    var v = valid();
    v.put("vin", "LSJA24U63JG269225"); // check digit
    v.put("buyerIdNumber", "110105194912310021"); // check character
    v.put("vehicleClass", "跑车");
    v.put("price", "0");
    v.put("soldOn", "2999-01-01");
    v.put("registrationNumber", "12-34");
    v.put("sellerKind", "COMPANY");
    v.put("sellerIdNumber", "11010519491231002X"); // a person's number for a company
    var checks = new Checks();
    assertNull(new SaleEntry(v).check(checks));
    assertEquals(
        List.of(
            "buyerIdNumber",
            "sellerIdNumber",
            "registrationNumber",
            "vin",
            "vehicleClass",
            "price",
            "soldOn"),
        fields(checks).stream().distinct().toList());
  }

  @Test
  void theSameSaleHasTheSameFingerprintWhateverTheTyping() {
    var a = new SaleEntry(valid()).check(new Checks());
    var typed = valid();
    typed.put("plateNumber", "闽a12345");
    typed.put("price", "86000.50");
    typed.put("sellerKind", "COMPANY");
    typed.put("vehicleClass", "SEDAN");
    var b = new SaleEntry(typed).check(new Checks());
    assertEquals(a.fingerprint(), b.fingerprint());
    typed.put("price", "86000.51");
    assertNotEquals(a.fingerprint(), new SaleEntry(typed).check(new Checks()).fingerprint());
  }
}
