package cn.autogov.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the account area's forms say of their fields, as an applicant meets it on 上报. */
class AccountFormsTest {

  private static Map<String, String> natural(String idType, String number, String until) {
    Map<String, String> v = new HashMap<>();
    v.put("name", "张三");
    v.put("idType", idType);
    v.put("idNumber", number);
    v.put("validFrom", BusinessTime.today().minusYears(5).toString());
    v.put("validUntil", until);
    v.put("address", "北京市海淀区");
    return v;
  }

  /** Field → problem keys, after reading the values as a complete form. */
  private static Map<String, String> problems(FilingForm form, Map<String, String> values) {
    var checks = new Checks();
    form.read(new FormInput(values, checks, true));
    try {
      checks.throwIfAny();
      return Map.of();
    } catch (InputRejectedException e) {
      return e.problems().stream()
          .collect(Collectors.toMap(p -> p.field(), p -> p.problem().key(), (a, b) -> a + "," + b));
    }
  }

  @Test
  void shouldCheckTheDocumentNumberByItsTypeAndKeepItNormalised() {
    var form = FormEntity.create(NaturalPersonVerificationForm.class, 1L, null);
    assertEquals(Map.of(), problems(form, natural("PASSPORT", "e 1234 5678", ""))); // blank: 永久期限
    assertEquals("E12345678", form.values().get("idNumber"));
    assertEquals("", form.values().get("validUntil"));
    var wrong = problems(form, natural("RESIDENT_ID", "110105194912310021", ""));
    assertTrue(wrong.containsKey("idNumber"), wrong.toString());
    assertEquals("110105194912310021", form.values().get("idNumber")); // kept as typed
    assertEquals(
        "realname.id-number-format", problems(form, natural("PASSPORT", "护照", "")).get("idNumber"));
  }

  @Test
  void shouldRefuseADocumentThatIsNoLongerValid() {
    var form = FormEntity.create(NaturalPersonVerificationForm.class, 1L, null);
    String yesterday = BusinessTime.today().minusDays(1).toString();
    assertEquals(
        "realname.expired",
        problems(form, natural("RESIDENT_ID", "11010519491231002X", yesterday)).get("validUntil"));
    var v =
        natural("RESIDENT_ID", "11010519491231002X", BusinessTime.today().plusYears(1).toString());
    v.put("validFrom", BusinessTime.today().minusYears(1).toString());
    assertEquals(Map.of(), problems(form, v));
  }

  @Test
  void shouldWantTheAuthorisedPersonToBeTheRequester() {
    var form = FormEntity.create(RecoveryRequestForm.class, 1L, null);
    Map<String, String> v = new HashMap<>();
    v.put("listing", "BULLETIN");
    v.put("creditCode", "91350100M000100Y43");
    v.put("enterpriseName", "演示汽车有限公司");
    v.put("requesterName", "张经办");
    v.put("requesterIdNumber", "11010519491231002X");
    v.put("authorisedName", "李四");
    v.put("authorisedIdNumber", "350102198001010011");
    var p = problems(form, v);
    assertEquals("recovery.id-mismatch", p.get("authorisedIdNumber"));
    assertEquals("recovery.name-mismatch", p.get("authorisedName"));
    v.put("authorisedName", "张经办");
    v.put("authorisedIdNumber", "11010519491231002X");
    assertEquals(Map.of(), problems(form, v));
    assertEquals("BULLETIN", form.category());
  }
}
