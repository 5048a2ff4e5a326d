package cn.autogov.ekey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.MaterialSlot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The material list of each flow, as seed 004 lists it, and what each flow names. */
class EkeyFlowTest {

  private static List<String> materials(EkeyFlow flow) {
    return flow.materials().stream().map(MaterialSlot::code).toList();
  }

  @Test
  void shouldAskTheSixMaterialsOfTheOnlinePreApplicationAndFiveOnPaper() {
    assertEquals(
        List.of(
            "ekey-form",
            "ekey-confirmationLetter",
            "ekey-tradeRecord",
            "ekey-businessLicence",
            "ekey-authorisedId",
            "ekey-authority"),
        materials(EkeyFlow.FIRST));
    assertEquals(
        List.of(
            "ekey-form",
            "ekey-tradeRecord",
            "ekey-businessLicence",
            "ekey-authorisedId",
            "ekey-authority"),
        materials(EkeyFlow.FIRST_ON_PAPER),
        "the paper application has no 电子签章申请确认函 (seed 004 §1(2))");
    assertFalse(EkeyFlow.FIRST_ON_PAPER.online(), "entered at the counter only");
  }

  @Test
  void shouldListEachFlowsOwnMaterials() {
    assertEquals(5, materials(EkeyFlow.REISSUE).size(), "补办: five, no confirmation letter");
    assertEquals(6, materials(EkeyFlow.ADDITIONAL).size(), "增办: six");
    assertEquals(
        List.of("ekey-form", "ekey-confirmationLetter", "ekey-authorisedId", "ekey-authority"),
        materials(EkeyFlow.RENEWAL),
        "更新: the key itself is brought along, not uploaded");
    assertEquals(List.of("ekey-form"), materials(EkeyFlow.UNLOCK));
    assertEquals(
        List.of(
            "ekey-form",
            "ekey-changeCertificate",
            "ekey-confirmationLetter",
            "ekey-tradeRecord",
            "ekey-businessLicence",
            "ekey-authorisedId",
            "ekey-authority"),
        materials(EkeyFlow.CODE_CHANGE),
        "企业代码变更: the 工商 change certificate second, as the seed lists it");
    assertEquals(List.of("ekey-form"), materials(EkeyFlow.REVOCATION));
    assertTrue(
        EkeyFlow.FIRST.materials().stream().allMatch(m -> m.rule().maxBytes() == 1024 * 1024),
        "every scan an image under 1 MB");
  }

  @Test
  void shouldNameTheKeyEachFlowConcerns() {
    assertEquals(EkeyFlow.Names.NEW, EkeyFlow.FIRST.names());
    assertEquals(EkeyFlow.Names.NEW, EkeyFlow.ADDITIONAL.names());
    assertEquals(EkeyFlow.Names.HELD, EkeyFlow.REISSUE.names(), "补办 names the original user name");
    assertEquals(EkeyFlow.Names.SIGNED_IN, EkeyFlow.RENEWAL.names());
    assertEquals(2, EkeyFlow.REVOCATION.recheckDays(), "注销: 复核 in 2 working days");
    assertEquals(5, EkeyFlow.REISSUE.recheckDays());
    assertEquals(EkeyFlow.REISSUE, EkeyFlow.ofType("ekey-reissue"));
    assertNull(EkeyFlow.ofType("coc-ukey"));
  }
}
