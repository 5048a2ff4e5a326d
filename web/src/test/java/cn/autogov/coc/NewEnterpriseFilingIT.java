package cn.autogov.coc;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 新增企业备案 (seed 000 §一) over REST, as a person does it: registered, real-name verified as a natural
 * person, then files the manufacturer; the authorised person must be that person (refused with a
 * clear message otherwise), the certificate code four capital letters nobody holds; approval
 * registers the manufacturer with its code and opens its account — the login name in the filer's
 * inbox and SMS, the one-time password by SMS — and that account signs in.
 */
@Tag("served")
@ExtendWith(Served.class)
class NewEnterpriseFilingIT {

  private static final String ID_NUMBER = "110101190001019991";

  @Served.Base URL base;

  /** A registered person whose real name the administrators verified (a natural person). */
  static Api verifiedPerson(URL base, Portal.Account account, String name, String idNumber) {
    Api person =
        new Api(base, account.login(), Portal.token(base, account.login(), Portal.PASSWORD), null);
    long id = id(person.expect(201, "POST", "/filings", "{\"type\":\"real-name-natural-person\"}"));
    person.expect(200, "PUT", "/filings/" + id + "/materials/idScan", file("id.pdf", PDF));
    Map<String, String> v = new HashMap<>();
    v.put("name", name);
    v.put("idType", "RESIDENT_ID");
    v.put("idNumber", idNumber);
    v.put("validFrom", "2020-01-01");
    v.put("address", "北京市东城区授权路1号");
    person.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    person.expect(200, "POST", "/filings/" + id + "/submit", null);
    Api admin = Api.of(base, "ADMIN", null);
    admin.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    admin.expect(200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    return person;
  }

  static String randomCertificateCode() {
    var r = new Random();
    var b = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  @Test
  void shouldRegisterTheManufacturerAndOpenItsAccount() {
    var account = Portal.create(base, "REGISTERED");
    Api person = verifiedPerson(base, account, "孙授权", ID_NUMBER);
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api existing = Api.of(base, "ENTERPRISE", "110108");
    String takenCode =
        existing.expect(200, "GET", "/enterprise", null).getString("certificateCode");
    String creditCode = Fixtures.creditCode("120116");

    var d = person.expect(201, "POST", "/filings", "{\"type\":\"coc-new-enterprise\"}");
    long id = id(d);
    assertTrue(d.getJsonObject("filing").getString("number").startsWith("NEF-"));
    for (String slot :
        new String[] {"licence", "letter", "legalPersonIdScan", "authorisedIdScan"}) {
      person.expect(200, "PUT", "/filings/" + id + "/materials/" + slot, file(slot + ".pdf", PDF));
    }
    Map<String, String> v = new HashMap<>();
    v.put("listing", "NON_BULLETIN");
    v.put("creditCode", creditCode);
    v.put("enterpriseName", "天津示例专用车有限公司");
    v.put("legalRepresentative", "周法人");
    v.put("registeredAddress", "天津市滨海新区示例路1号");
    v.put("productionAddress", "天津市滨海新区示例路2号");
    v.put("certificateCode", "ab1");
    v.put("authorisedName", "孙授权");
    v.put("authorisedIdNumber", ID_NUMBER);
    var malformed = person.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(
        Api.problems(malformed.body()).contains("certificateCode: 合格证企业代码“AB1”格式不正确"),
        malformed.body());

    // someone else authorised, and a code another enterprise holds: refused at 上报, named
    v.put("certificateCode", takenCode.toLowerCase(Locale.ROOT));
    v.put("authorisedIdNumber", "310104190106089984");
    person.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    var refused = person.call("POST", "/filings/" + id + "/submit", null);
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(
        problems.contains("authorisedIdNumber: 被授权人身份证号码与您实名认证的身份证号码不一致：被授权人须为办理本备案的用户本人"),
        problems);
    assertTrue(problems.contains("certificateCode: 合格证企业代码" + takenCode + "已由其他企业使用"), problems);

    String code = randomCertificateCode();
    v.put("certificateCode", code);
    v.put("authorisedIdNumber", ID_NUMBER);
    person.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(
        "SUBMITTED", status(person.expect(200, "POST", "/filings/" + id + "/submit", null)));
    assertEquals(
        "APPROVED",
        status(
            centre.expect(
                200,
                "POST",
                "/review/filings/" + id + "/decisions",
                "{\"decision\":\"APPROVE\"}")));

    // the login name: the code in lower case (numbered if taken), shown in the filer's inbox
    String inbox = person.call("GET", "/inbox", null).body();
    assertTrue(inbox.contains("inbox.coc.enterprise-opened"), inbox);
    String login = code.toLowerCase(Locale.ROOT);
    assertTrue(inbox.contains("\"" + login), inbox);
    String otp = Portal.code(base, account.mobile());
    assertTrue(otp.length() >= 8, otp);

    // the new account signs in with it and acts for the manufacturer, code and all
    var step =
        Portal.api(
            base,
            "POST",
            "/api/v1/sessions",
            null,
            "{\"identifier\":\"" + login + "\",\"password\":\"" + otp + "\"}");
    assertEquals(202, step.statusCode(), step.body());
  }
}
