package cn.autogov.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who sees which enterprise (data scope), decided in one place. */
class ActorTest {

  private static final String FUZHOU = "350100";

  private static Actor actor(Role role, Long enterprise, String region) {
    return new Actor(1L, "x", role, enterprise, region);
  }

  @Test
  void shouldShowTheLegalPersonItsEnterpriseAndItsSubEnterprisesOnly() {
    Actor parent = actor(Role.ENTERPRISE, 10L, null);
    assertTrue(parent.canSee(10L, null, FUZHOU));
    assertTrue(parent.canSee(11L, 10L, FUZHOU), "its sub-enterprise");
    assertFalse(parent.canSee(12L, null, FUZHOU));
    assertFalse(actor(Role.ENTERPRISE, 11L, null).canSee(10L, null, FUZHOU), "not the parent");
  }

  @Test
  void shouldShowAnAgentOnlyTheEnterpriseItActsFor() {
    assertTrue(actor(Role.AGENT, 10L, null).canSee(10L, null, FUZHOU));
    assertFalse(actor(Role.AGENT, 10L, null).canSee(11L, 10L, FUZHOU));
    assertFalse(actor(Role.AGENT, null, null).canSee(10L, null, FUZHOU));
  }

  @Test
  void shouldLimitRegionalAuthoritiesToTheirDivisionAndNobodyElse() {
    assertTrue(actor(Role.COMMERCE_AUTHORITY, null, "350000").canSee(10L, null, FUZHOU));
    assertFalse(actor(Role.ISSUING_AUTHORITY, null, "110000").canSee(10L, null, FUZHOU));
    assertTrue(actor(Role.CERTIFICATION_CENTRE, null, null).canSee(10L, null, FUZHOU));
    assertFalse(actor(Role.REGISTERED, null, null).canSee(10L, null, FUZHOU));
  }

  @Test
  void shouldCoverTheDivisionsOfItsProvinceAndCityOnly() {
    assertTrue(actor(Role.COMMERCE_AUTHORITY, null, "350000").covers(FUZHOU), "Fujian province");
    assertTrue(actor(Role.COMMERCE_AUTHORITY, null, "350100").covers(FUZHOU), "Fuzhou city");
    assertFalse(actor(Role.COMMERCE_AUTHORITY, null, "350200").covers(FUZHOU), "Xiamen");
    assertFalse(actor(Role.COMMERCE_AUTHORITY, null, "110000").covers(FUZHOU), "Beijing");
    assertFalse(
        actor(Role.COMMERCE_AUTHORITY, null, "350102").covers(FUZHOU),
        "a county of Fuzhou does not cover the city's own register");
    assertFalse(actor(Role.CERTIFICATION_CENTRE, null, null).covers(FUZHOU), "no regional scope");
  }

  @Test
  void shouldCutTrailingZeroPairsForTheScopePrefix() {
    assertEquals("11", Actor.regionPrefix("110000"));
    assertEquals("3501", Actor.regionPrefix("350100"));
    assertEquals("350102", Actor.regionPrefix("350102"));
  }
}
