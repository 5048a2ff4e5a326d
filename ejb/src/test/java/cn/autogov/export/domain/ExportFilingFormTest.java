package cn.autogov.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFilingFormTest {

  private static EnterpriseProfile enterprise() {
    return EnterpriseProfile.of(
        Enterprise.register(
            CreditCode.of("91350100M000100Y43"),
            "演示汽车有限公司",
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            "张三",
            "福州市鼓楼区演示路1号",
            1L,
            BusinessTime.now()));
  }

  @Test
  void shouldStartFromTheEnterprisesVerifiedIdentity() {
    Map<String, String> v = ExportFilingForm.prefilled(7L, enterprise()).values();
    assertEquals("演示汽车有限公司", v.get("enterpriseName"));
    assertEquals("91350100M000100Y43", v.get("creditCode"));
    assertEquals("张三", v.get("legalRepresentative"));
    assertEquals("", v.get("exportCategory"), "the category is the applicant's choice");
  }

  /** Every field filled in, as a 流通企业 with an unlimited business term. */
  private static Map<String, String> complete(ExportFilingForm form) {
    Map<String, String> v = new HashMap<>(form.values());
    v.putAll(
        Map.of(
            "businessAddress", "福州市鼓楼区演示路1号",
            "customsCode", "3501910123",
            "exportCategory", "DISTRIBUTOR",
            "registeredCapital", "500",
            "employees", "30",
            "establishedOn", "2019-05-20",
            "businessScope", "二手车出口",
            "contactName", "王联系",
            "contactPosition", "经理",
            "contactMobile", "13811111111"));
    v.putAll(
        Map.of(
            "contactEmail", "wang@example.cn",
            "enterpriseNature", "PRIVATE",
            "businessArea", "1200.5",
            "enterpriseScale", "SMALL",
            "exportStaff", "8",
            "businessTermUntil", ""));
    return v;
  }

  @Test
  void shouldReadItsOwnValuesBackAndCopyThemForAChange() {
    var form = ExportFilingForm.prefilled(7L, enterprise());
    Map<String, String> v = complete(form);
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    assertTrue(checks.ok(), checks.toString());
    assertEquals("", form.values().get("businessTermUntil"), "长期");
    assertEquals("DISTRIBUTOR", form.category());
    var copy = cn.autogov.filing.domain.FormEntity.create(ExportFilingForm.class, 8L, form);
    assertEquals(form.values(), copy.values());
    assertEquals(8L, copy.getFilingId());
  }

  @Test
  void shouldCheckTheFieldsAgainstEachOther() {
    var form = ExportFilingForm.prefilled(7L, enterprise());
    Map<String, String> v = complete(form);
    v.putAll(
        Map.of(
            "exportCategory", "PRODUCER",
            "enterpriseNature", "STATE_OWNED",
            "businessArea", "0",
            "enterpriseScale", "LARGE",
            "exportStaff", "31",
            "businessTermUntil", "2019-05-20"));
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    assertEquals(
        java.util.List.of(
            "exportStaff export.staff-exceeds-employees",
            "businessArea export.area-zero",
            "businessTermUntil export.term-before-establishment"),
        keys(checks));
    v.put("businessTermUntil", BusinessTime.today().minusDays(1).toString());
    v.put("exportStaff", "30");
    v.put("businessArea", "80");
    checks = new Checks();
    form.read(new FormInput(v, checks, true));
    assertEquals(java.util.List.of("businessTermUntil export.term-ended"), keys(checks));
    v.put("businessTermUntil", BusinessTime.today().plusYears(20).toString());
    v.put("enterpriseNature", "TEMPLE");
    checks = new Checks();
    form.read(new FormInput(v, checks, true));
    assertEquals(java.util.List.of("enterpriseNature input.not-an-option"), keys(checks));
  }

  private static java.util.List<String> keys(Checks checks) {
    try {
      checks.throwIfAny();
      return java.util.List.of();
    } catch (cn.autogov.kernel.InputRejectedException e) {
      return e.problems().stream().map(p -> p.field() + " " + p.problem().key()).toList();
    }
  }
}
