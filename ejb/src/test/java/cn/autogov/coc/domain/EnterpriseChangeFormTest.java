package cn.autogov.coc.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseChangeFormTest {

  @Test
  void shouldChangeTheEnterpriseButNeverItsCreditCode() {
    var e =
        EnterpriseProfile.of(
            Enterprise.register(
                CreditCode.of("91350100M000100Y43"),
                "演示汽车有限公司",
                EnterpriseType.ENTERPRISE,
                LegalPersonType.CORPORATE,
                "张三",
                "福州市鼓楼区演示路1号",
                1L,
                BusinessTime.now()));
    var form = EnterpriseChangeForm.prefilled(9L, e);
    assertEquals(EnterpriseChangeForm.current(e).get("enterpriseName"), "演示汽车有限公司");
    var checks = new Checks();
    form.read(
        new FormInput(
            Map.of(
                "listing", "BULLETIN",
                "enterpriseName", "演示新能源汽车有限公司",
                "legalRepresentative", "李四",
                "registeredAddress", "福州市仓山区新址路2号",
                "productionAddress", "福清市生产路3号"),
            checks,
            true));
    assertEquals(true, checks.ok());
    assertEquals("BULLETIN", form.category());
    List<Object> applied = new ArrayList<>();
    form.applyTo(
        e,
        new Enterprises() {
          @Override
          public void applyInfoChange(
              Long id, String name, String representative, String address, String production) {
            applied.addAll(Arrays.asList(id, name, representative, address, production));
          }
        });
    assertEquals(
        Arrays.asList(null, "演示新能源汽车有限公司", "李四", "福州市仓山区新址路2号", "福清市生产路3号"),
        applied,
        "the new values, for the enterprise filed for (its credit code is no field of the change)");
  }
}
