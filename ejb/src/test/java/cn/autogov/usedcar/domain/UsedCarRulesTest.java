package cn.autogov.usedcar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormField;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registration of a used-car business (seed 003 §2.1.2) and its filing (§2.3): the codes each
 * way, the kinds, the shares adding up to 100, the branch rows as many as the count, a market's own
 * head counts where the seed's form puts them.
 */
class UsedCarRulesTest {

  private static List<String> fields(Checks checks) {
    try {
      checks.throwIfAny();
      return List.of();
    } catch (InputRejectedException e) {
      return e.problems().stream().map(p -> p.field()).distinct().toList();
    }
  }

  private static UsedCarRegistration registration(boolean hasCode, Set<BusinessKind> kinds) {
    return new UsedCarRegistration(
        "福州二手车有限公司",
        "350102",
        "五四路1号",
        hasCode,
        hasCode ? "91350100MA2Y8E3TX7" : null,
        hasCode ? null : "110108000000016",
        hasCode ? null : "MA2Y8E3TX",
        hasCode ? null : "350102MA2Y8E3TX",
        "Pw#2026abcd",
        "Pw#2026abcd",
        Set.of(),
        kinds,
        "郑填报",
        "13800000001",
        "123456");
  }

  @Test
  void aRegistrationTakesTheCreditCodeOrTheThreeCodesOfBefore() {
    var checks = new Checks();
    var r = registration(true, Set.of(BusinessKind.DEALER)).check(checks);
    assertEquals(List.of(), fields(checks));
    assertEquals("91350100MA2Y8E3TX7", r.loginName());
    checks = new Checks();
    r = registration(false, Set.of(BusinessKind.MARKET, BusinessKind.APPRAISER)).check(checks);
    assertEquals(List.of(), fields(checks));
    assertEquals("110108000000016", r.loginName());
    assertEquals("MARKET,APPRAISER", BusinessKind.join(r.businessKinds()));
  }

  @Test
  void aRegistrationNamesEveryWrongField() {
    var wrong =
        new UsedCarRegistration(
            " ",
            "3501",
            "",
            false,
            null,
            "110108000000017",
            "MA2Y8E3T0",
            "3501",
            null,
            null,
            Set.of(),
            Set.of(),
            "",
            "1380000",
            "");
    var checks = new Checks();
    wrong.check(checks);
    assertEquals(
        List.of(
            "enterpriseName",
            "county",
            "street",
            "licenceNumber",
            "orgCode",
            "taxNumber",
            "businessKinds",
            "fillerName",
            "fillerMobile",
            "smsCode"),
        fields(checks));
  }

  private static Map<String, String> filing() {
    Map<String, String> v = new HashMap<>();
    v.put("enterpriseName", "福州二手车有限公司");
    v.put("chineseShare", "100");
    v.put("foreignShare", "0");
    v.put("legalRepresentative", "林法人");
    v.put("registeredCapital", "500");
    v.put("businessArea", "800");
    v.put("establishedOn", "2015-03-01");
    v.put("termFrom", "2015-03-01");
    v.put("branchCount", "1");
    v.put("residentDealers", "120");
    v.put("marketStaff", "30");
    v.put("businessScope", "二手车交易市场经营");
    v.put("domicileAddress", "福建省福州市鼓楼区五四路1号");
    v.put("businessAddress", "福建省福州市鼓楼区五四路1号");
    v.put("fillerName", "郑填报");
    v.put("fillerMobile", "13800000001");
    v.put("fillerEmail", "z@example.cn");
    v.put("branches.0.name", "仓山分市场");
    v.put("branches.0.licenceNumber", "110108000000016");
    v.put("branches.0.address", "福建省福州市仓山区1号");
    v.put("branches.0.scope", "二手车交易");
    return v;
  }

  private static Checks read(Class<? extends FilingForm> type, Map<String, String> v) {
    FilingForm form = FormEntity.create(type, 1L, null);
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    return checks;
  }

  @Test
  void aMarketsFilingHoldsTogether() {
    assertEquals(List.of(), fields(read(MarketFilingForm.class, filing())));
    var v = filing();
    v.put("foreignShare", "10");
    v.put("branchCount", "2");
    v.put("termUntil", "2014-01-01");
    v.put("branches.0.licenceNumber", "110108000000017");
    assertEquals(
        List.of(
            "foreignShare",
            "importExportCode",
            "termUntil",
            "branches.0.licenceNumber",
            "branchCount"),
        fields(read(MarketFilingForm.class, v)));
  }

  @Test
  void eachFormHasItsKindsHeadCountsAfterTheBranchCount() {
    List<String> market =
        cn.autogov.filing.domain.FormSchema.of(MarketFilingForm.class).fields().stream()
            .map(FormField::name)
            .toList();
    int at = market.indexOf("branchCount");
    assertEquals(
        List.of("residentDealers", "marketStaff", "businessScope"), market.subList(at + 1, at + 4));
    List<String> others =
        cn.autogov.filing.domain.FormSchema.of(BusinessFilingForm.class).fields().stream()
            .map(FormField::name)
            .toList();
    at = others.indexOf("branchCount");
    assertEquals(List.of("professionalStaff", "businessScope"), others.subList(at + 1, at + 3));
    assertTrue(!others.contains("residentDealers"));
  }
}
