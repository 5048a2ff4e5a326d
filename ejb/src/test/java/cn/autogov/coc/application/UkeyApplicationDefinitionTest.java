package cn.autogov.coc.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import org.junit.jupiter.api.Test;

/** Who may ask for U-keys, and what happens after the centre's approval. */
class UkeyApplicationDefinitionTest {

  private final UkeyApplicationDefinition definition = new UkeyApplicationDefinition();

  private static EnterpriseProfile enterprise(Long parentId, String certificateCode) {
    return new EnterpriseProfile(
        10L,
        "91350100M000100Y43",
        "演示汽车有限公司",
        EnterpriseType.ENTERPRISE,
        LegalPersonType.CORPORATE,
        "王法人",
        "350100",
        "福州",
        null,
        parentId,
        1L,
        certificateCode);
  }

  private Checks checked(EnterpriseProfile e) {
    var checks = new Checks();
    definition.checkApplicant(e, checks);
    return checks;
  }

  @Test
  void shouldServeTheCertificateBusinessAndItsSubEnterprisesOnly() {
    assertTrue(checked(enterprise(null, "ABCD")).ok(), "a manufacturer with its code");
    assertTrue(checked(enterprise(9L, null)).ok(), "a sub-enterprise has its own account");
    var dealer = checked(enterprise(null, null));
    assertTrue(dealer.has("type"), "a used-car dealer has no certificate-system account");
    var refusal = assertThrows(InputRejectedException.class, dealer::throwIfAny);
    assertEquals("filing.not-certificate-enterprise", refusal.problems().get(0).problem().key());
  }

  @Test
  void shouldPostTheKeysThenLetTheEnterpriseConfirmReceipt() {
    var type = definition.type();
    assertEquals("shipment", type.fulfilmentAfter(0).datum(), "courier and tracking number");
    assertEquals(Role.CERTIFICATION_CENTRE, type.fulfilmentAfter(0).role());
    assertTrue(type.fulfilmentAfter(1).byApplicant());
    assertTrue(type.fulfilmentAfter(1).recordedBy(Role.AGENT));
  }
}
