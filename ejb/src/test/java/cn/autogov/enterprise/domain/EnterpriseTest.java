package cn.autogov.enterprise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.autogov.kernel.identifier.CreditCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  private static Enterprise fuzhou() {
    return Enterprise.register(
        CreditCode.of("91350100M000100Y43"),
        "演示汽车有限公司",
        EnterpriseType.ENTERPRISE,
        LegalPersonType.CORPORATE,
        "王法人",
        "福州",
        1L,
        NOW);
  }

  @Test
  void shouldTakeItsRegionFromTheCreditCode() {
    assertEquals("350100", fuzhou().getRegionCode());
  }

  @Test
  void shouldNotNestSubEnterprises() throws Exception {
    Enterprise parent = fuzhou();
    var id = Enterprise.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(parent, 10L);
    Enterprise sub =
        parent.subEnterprise(CreditCode.of("91350100M000100Y43"), "子公司", "福州", 2L, NOW);
    assertEquals("子公司", sub.getName());
    assertEquals(10L, sub.getParentId());
    assertThrows(
        IllegalStateException.class,
        () -> sub.subEnterprise(CreditCode.of("91350100M000100Y43"), "孙公司", "福州", 3L, NOW));
  }
}
