package cn.autogov.coc.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 系统开通 (seed 000 §九–§十一): the plant rows a manufacturer types, the codes the platform gives, and
 * what the tax side may say of an opening, in which order.
 */
class SystemOpeningTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 10, 0);

  private static Map<String, String> keys(Checks checks) {
    Map<String, String> m = new HashMap<>();
    try {
      checks.throwIfAny();
    } catch (InputRejectedException e) {
      e.problems().forEach(p -> m.put(p.field(), p.problem().key()));
    }
    return m;
  }

  private static Map<String, String> values(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Checks read(Map<String, String> values) {
    var form = (ConfigInfoOpeningForm) FormEntity.create(ConfigInfoOpeningForm.class, 1L, null);
    var checks = new Checks();
    Map<String, String> v = new HashMap<>(values);
    v.put("contactPerson", "王联系");
    v.put("contactMobile", "13912345678");
    form.read(new FormInput(v, checks, true));
    return checks;
  }

  @Test
  void shouldAskACodeOfAChangeAndNoneOfAnAddition() {
    var problems =
        keys(
            read(
                values(
                    "plants.0.action", "CHANGE",
                    "plants.0.plantName", "一厂",
                    "plants.0.province", "BJ",
                    "plants.0.address", "北京",
                    "plants.1.action", "ADD",
                    "plants.1.plantCode", "P02",
                    "plants.1.plantName", "二厂",
                    "plants.1.province", "GD",
                    "plants.1.address", "广州")));
    assertEquals("coc.plant-code-needed", problems.get("plants.0.plantCode"));
    assertEquals("coc.plant-code-given", problems.get("plants.1.plantCode"));
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void shouldRefuseAMalformedCodeAPlantTwiceAndAnUnknownProvince() {
    var problems =
        keys(
            read(
                values(
                    "plants.0.action", "CHANGE",
                    "plants.0.plantCode", "P1",
                    "plants.0.plantName", "一厂",
                    "plants.0.province", "XX",
                    "plants.0.address", "北京",
                    "plants.1.action", "CHANGE",
                    "plants.1.plantCode", "P03",
                    "plants.1.plantName", "三厂",
                    "plants.1.province", "SH",
                    "plants.2.action", "CHANGE",
                    "plants.2.plantCode", "P03",
                    "plants.2.plantName", "三厂",
                    "plants.2.province", "SH")));
    assertEquals("coc.plant-code-format", problems.get("plants.0.plantCode"));
    assertEquals("input.not-an-option", problems.get("plants.0.province"));
    assertEquals("coc.plant-twice", problems.get("plants.2.plantCode"));
    assertFalse(problems.containsKey("plants.1.plantCode"), problems.toString());
  }

  @Test
  void shouldNumberPlantsP01ToP99() {
    assertEquals("P01", Plant.codeAfter(null));
    assertEquals("P10", Plant.codeAfter("P09"));
    var full = assertThrows(RefusedException.class, () -> Plant.codeAfter("P99"));
    assertEquals("coc.plants-full", full.key());
    assertTrue(Plant.isCode("P42"));
    assertFalse(Plant.isCode("P00"));
    assertFalse(Plant.isCode("p01"));
    assertFalse(Plant.isCode("P100"));
  }

  private static SystemOpening awaiting() {
    var form = (AtlasOpeningForm) FormEntity.create(AtlasOpeningForm.class, 1L, null);
    return SystemOpening.approved(
        TaxSystem.TAX_FREE_ATLAS,
        1L,
        "TFA-2026-000001",
        7L,
        "91350100M000100Y43",
        "演示汽车有限公司",
        form,
        List.of(),
        NOW);
  }

  @Test
  void shouldNeedAReasonToRefuseAndLetARefusedSystemOpenLater() {
    var o = awaiting();
    assertEquals(OpeningStatus.AWAITING, o.getStatus());
    var bare = assertThrows(RefusedException.class, () -> o.confirm(false, " ", "tax-1", NOW));
    assertEquals("exchange.opening-reason-needed", bare.key());
    var long501 =
        assertThrows(RefusedException.class, () -> o.confirm(false, "理".repeat(501), "tax-1", NOW));
    assertEquals("exchange.opening-reason-long", long501.key());
    assertTrue(o.confirm(false, "地址不符", "tax-1", NOW));
    assertEquals(OpeningStatus.REFUSED, o.getStatus());
    assertFalse(o.confirm(false, "地址不符", "tax-1", NOW.plusMinutes(1)), "said again: no change");
    assertEquals(NOW, o.getConfirmedAt());
    assertTrue(o.confirm(true, null, "tax-2", NOW.plusDays(1)));
    assertEquals(OpeningStatus.OPENED, o.getStatus());
    assertEquals(null, o.getRefusalReason());
    assertEquals("tax-2", o.getConfirmedBy());
  }

  @Test
  void shouldKeepAnOpenedSystemOpened() {
    var o = awaiting();
    assertTrue(o.confirm(true, null, "tax-1", NOW));
    assertFalse(o.confirm(true, null, "tax-1", NOW.plusHours(1)));
    assertEquals(NOW, o.getConfirmedAt(), "the first confirmation stands");
    var late = assertThrows(RefusedException.class, () -> o.confirm(false, "迟了", "tax-1", NOW));
    assertEquals("exchange.conflict.opening-opened", late.key());
    assertEquals(OpeningStatus.OPENED, o.getStatus());
  }
}
