package cn.autogov.coc.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseChangeFormTest {

  @Test
  void shouldChangeTheEnterpriseButNeverItsCreditCode() {
    var e =
        Enterprise.register(
            CreditCode.of("91350100M000100Y43"),
            "演示汽车有限公司",
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            "张三",
            "福州市鼓楼区演示路1号",
            1L,
            BusinessTime.now());
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
    form.applyTo(e);
    assertEquals("演示新能源汽车有限公司", e.getName());
    assertEquals("李四", e.getLegalRepresentative());
    assertEquals("福州市仓山区新址路2号", e.getAddress());
    assertEquals("福清市生产路3号", e.getProductionAddress());
    assertEquals("91350100M000100Y43", e.getCreditCode().value());
  }
}
