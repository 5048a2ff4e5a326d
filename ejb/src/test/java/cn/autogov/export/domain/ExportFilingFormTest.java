package cn.autogov.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFilingFormTest {

  private static Enterprise enterprise() {
    return Enterprise.register(
        CreditCode.of("91350100M000100Y43"),
        "演示汽车有限公司",
        EnterpriseType.ENTERPRISE,
        LegalPersonType.CORPORATE,
        "张三",
        "福州市鼓楼区演示路1号",
        1L,
        LocalDateTime.now());
  }

  @Test
  void shouldStartFromTheEnterprisesVerifiedIdentity() {
    Map<String, String> v = ExportFilingForm.prefilled(7L, enterprise()).values();
    assertEquals("演示汽车有限公司", v.get("enterpriseName"));
    assertEquals("91350100M000100Y43", v.get("creditCode"));
    assertEquals("张三", v.get("legalRepresentative"));
    assertEquals("", v.get("exportCategory"), "the category is the applicant's choice");
  }

  @Test
  void shouldReadItsOwnValuesBackAndCopyThemForAChange() {
    var form = ExportFilingForm.prefilled(7L, enterprise());
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
    v.put("contactEmail", "wang@example.cn");
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    assertTrue(checks.ok());
    assertEquals("DISTRIBUTOR", form.category());
    var copy = ExportFilingForm.copyOf(8L, form);
    assertEquals(form.values(), copy.values());
    assertEquals(8L, copy.getFilingId());
  }
}
