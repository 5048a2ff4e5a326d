package cn.autogov.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.identifier.CreditCode;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Who sees which enterprise (data scope), decided in one place. */
class ActorTest {

  private static Enterprise enterprise(long id, Long parent) throws Exception {
    Enterprise e =
        Enterprise.register(
            CreditCode.of("91350100M000100Y43"),
            "e" + id,
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            "r",
            "a",
            id,
            BusinessTime.now());
    set(e, "id", id);
    set(e, "parentId", parent);
    return e;
  }

  private static void set(Object o, String name, Object value) throws Exception {
    Field f = Enterprise.class.getDeclaredField(name);
    f.setAccessible(true);
    f.set(o, value);
  }

  private static Actor actor(Role role, Long enterprise, String region) {
    return new Actor(1L, "x", role, enterprise, region);
  }

  @Test
  void shouldShowTheLegalPersonItsEnterpriseAndItsSubEnterprisesOnly() throws Exception {
    Actor parent = actor(Role.ENTERPRISE, 10L, null);
    assertTrue(parent.canSee(enterprise(10, null)));
    assertTrue(parent.canSee(enterprise(11, 10L)), "its sub-enterprise");
    assertFalse(parent.canSee(enterprise(12, null)));
    assertFalse(actor(Role.ENTERPRISE, 11L, null).canSee(enterprise(10, null)), "not the parent");
  }

  @Test
  void shouldShowAnAgentOnlyTheEnterpriseItActsFor() throws Exception {
    assertTrue(actor(Role.AGENT, 10L, null).canSee(enterprise(10, null)));
    assertFalse(actor(Role.AGENT, 10L, null).canSee(enterprise(11, 10L)));
    assertFalse(actor(Role.AGENT, null, null).canSee(enterprise(10, null)));
  }

  @Test
  void shouldLimitRegionalAuthoritiesToTheirDivisionAndNobodyElse() throws Exception {
    assertTrue(actor(Role.COMMERCE_AUTHORITY, null, "350000").canSee(enterprise(10, null)));
    assertFalse(actor(Role.ISSUING_AUTHORITY, null, "110000").canSee(enterprise(10, null)));
    assertTrue(actor(Role.CERTIFICATION_CENTRE, null, null).canSee(enterprise(10, null)));
    assertFalse(actor(Role.REGISTERED, null, null).canSee(enterprise(10, null)));
  }
}
