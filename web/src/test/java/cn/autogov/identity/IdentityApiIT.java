package cn.autogov.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Portal.Account;
import cn.autogov.testing.Served;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The identity flows through the REST API, over real HTTP, as a client program uses them. */
@Tag("served")
@ExtendWith(Served.class)
class IdentityApiIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Served.Base URL base;

  @Test
  void shouldNameEveryWrongFieldOfARegistrationInTheCallersLanguage() {
    String body =
        "{\"loginName\":\"9x\",\"password\":\"abc def\",\"confirmation\":\"abc\","
            + "\"email\":\"not-mail\",\"mobile\":\"12345\",\"smsCode\":\"\"}";
    var zh = Portal.api(base, "POST", "/api/v1/registrations", null, body);
    assertEquals(400, zh.statusCode());
    for (String expected :
        new String[] {"登录名须为4-32个字符", "密码不能包含空格", "两次输入的密码不一致", "电子邮箱", "手机号码", "短信验证码不能为空"}) {
      assertTrue(zh.body().contains(expected), expected + " in " + zh.body());
    }
    var en =
        Http.send(
            HttpRequest.newBuilder(Http.uri(base, "/api/v1/registrations"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertTrue(en.body().contains("Login name must be 4-32 characters"), en.body());
    assertTrue(en.body().contains("SMS code is required"), en.body());
  }

  @Test
  void shouldRegisterVerifyAsLegalPersonAfterOneRejectionAndBecomeTheEnterprisesAccount()
      throws Exception {
    String mobile = mobile();
    String login = "reg" + Math.abs(RANDOM.nextInt(1_000_000));
    assertEquals(202, sendRegistrationCode(mobile).statusCode());
    String registered =
        Portal.api(
                base,
                "POST",
                "/api/v1/registrations",
                null,
                "{\"loginName\":\""
                    + login
                    + "\",\"password\":\"Reg1ster#2026\","
                    + "\"confirmation\":\"Reg1ster#2026\",\"email\":\""
                    + login
                    + "@example.com\","
                    + "\"mobile\":\""
                    + mobile
                    + "\",\"smsCode\":\""
                    + Portal.code(base, mobile)
                    + "\"}")
            .body();
    assertTrue(registered.contains("\"role\":\"REGISTERED\""), registered);
    String t = Portal.token(base, login, "Reg1ster#2026");

    Api person = new Api(base, login, t, null);

    // 法人认证 on the engine: a wrong ID number is named; one verification in hand at a time
    String creditCode = cn.autogov.testing.fixtures.Fixtures.creditCode("110108");
    long first = Api.id(person.expect(201, "POST", "/filings", type(LEGAL)));
    var badId =
        person.call(
            "PUT",
            "/filings/" + first + "/form",
            Api.form(legalPerson(creditCode, "北京测试汽车有限公司", "350102198001010012"), false));
    assertEquals(400, badId.statusCode(), badId.body());
    assertTrue(Api.problems(badId.body()).startsWith("idNumber: 证件号"), badId.body());
    fillLegalPerson(person, first, creditCode);
    var natural = person.call("POST", "/filings", type(NATURAL));
    assertEquals(409, natural.statusCode(), "one real-name verification at a time");
    assertTrue(natural.body().contains("已有未办结的同类申请"), natural.body());
    person.expect(200, "POST", "/filings/" + first + "/submit", null);

    // an administrator decides it on the workbench: refused with a reason the applicant reads
    Api admin = Api.of(base, "ADMIN", null);
    var queue = admin.call("GET", "/review/filings?type=" + LEGAL, null);
    assertTrue(queue.body().contains("\"id\":" + first), queue.body());
    admin.expect(200, "POST", "/review/filings/" + first + "/claim", null);
    var noReason =
        admin.call("POST", "/review/filings/" + first + "/decisions", "{\"decision\":\"REJECT\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(Api.problems(noReason.body()).startsWith("remark: "), noReason.body());
    admin.expect(
        200,
        "POST",
        "/review/filings/" + first + "/decisions",
        "{\"decision\":\"REJECT\",\"remark\":\"营业执照扫描件不清晰\"}");
    var rejected = person.expect(200, "GET", "/filings/" + first, null);
    assertEquals("REJECTED", Api.status(rejected));
    assertTrue(rejected.toString().contains("营业执照扫描件不清晰"), rejected.toString());

    // filed again, and by a rival for the same credit code while no enterprise has it yet
    long second = Api.id(person.expect(201, "POST", "/filings", type(LEGAL)));
    fillLegalPerson(person, second, creditCode);
    person.expect(200, "POST", "/filings/" + second + "/submit", null);
    Api rival = Api.of(base, "REGISTERED", null);
    long rivals = Api.id(rival.expect(201, "POST", "/filings", type(LEGAL)));
    fillLegalPerson(rival, rivals, creditCode);
    var rivalFiled = rival.expect(200, "POST", "/filings/" + rivals + "/submit", null);

    // approved: the same token now acts for the enterprise
    admin.expect(200, "POST", "/review/filings/" + second + "/claim", null);
    admin.expect(
        200, "POST", "/review/filings/" + second + "/decisions", "{\"decision\":\"APPROVE\"}");

    // the rival's approval cannot take effect: refused, still waiting, and not in the audit trail
    admin.expect(200, "POST", "/review/filings/" + rivals + "/claim", null);
    var clash =
        admin.call(
            "POST", "/review/filings/" + rivals + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals(409, clash.statusCode(), clash.body());
    assertTrue(clash.body().contains("该统一社会信用代码已有法人账号"), clash.body());
    assertEquals("SUBMITTED", Api.status(rival.expect(200, "GET", "/filings/" + rivals, null)));
    String rivalNumber = rivalFiled.getJsonObject("filing").getString("number");
    String trail = admin.expect(200, "GET", "/admin/audit?subject=" + rivalNumber, null).toString();
    assertTrue(
        trail.contains("filing.submitted") && !trail.contains("filing.approved"),
        "a step that rolled back is not in the trail: " + trail);
    String me = Portal.api(base, "GET", "/api/v1/me", t, null).body();
    assertTrue(me.contains("\"role\":\"ENTERPRISE\"") && me.contains(creditCode), me);
    assertTrue(
        Portal.api(base, "GET", "/api/v1/enterprise", t, null).body().contains("北京测试汽车有限公司"));
    // login by credit code
    assertEquals(
        202,
        Portal.api(
                base,
                "POST",
                "/api/v1/sessions",
                null,
                "{\"identifier\":\"" + creditCode + "\",\"password\":\"Reg1ster#2026\"}")
            .statusCode());

    // a second legal-person account for the same credit code is refused at 上报, naming the field
    Api other = Api.of(base, "REGISTERED", null);
    long third = Api.id(other.expect(201, "POST", "/filings", type(LEGAL)));
    fillLegalPerson(other, third, creditCode);
    var taken = other.call("POST", "/filings/" + third + "/submit", null);
    assertEquals(400, taken.statusCode());
    assertTrue(Api.problems(taken.body()).contains("creditCode: 该统一社会信用代码已有法人账号"), taken.body());
  }

  @Test
  void shouldRecoverALostLegalPersonAccountWithTheCentresApproval() throws Exception {
    Account enterprise = Portal.create(base, "ENTERPRISE", "110108", null);
    String code =
        field(
            Portal.api(
                    base,
                    "GET",
                    "/api/v1/enterprise",
                    Portal.token(base, enterprise.login(), Portal.PASSWORD),
                    null)
                .body(),
            "creditCode");
    Account requester = Portal.create(base, "REGISTERED");
    Api r =
        new Api(
            base, requester.login(), Portal.token(base, requester.login(), Portal.PASSWORD), null);

    // 账号找回 on the engine: the authorised person must be the requester; the materials by listing
    long id = Api.id(r.expect(201, "POST", "/filings", type(RECOVERY)));
    var mismatch =
        r.call(
            "PUT",
            "/filings/" + id + "/form",
            Api.form(recovery(code, "11010519491231002X", "350102198001010011"), true));
    assertEquals(400, mismatch.statusCode());
    assertTrue(mismatch.body().contains("被授权人身份证号须与申请人身份证号一致"), mismatch.body());
    String unknown = cn.autogov.testing.fixtures.Fixtures.creditCode("110108");
    r.expect(
        200,
        "PUT",
        "/filings/" + id + "/form",
        Api.form(recovery(unknown, "11010519491231002X", "11010519491231002X"), false));
    for (String slot : List.of("licence", "letter", "legalPersonIdScan", "authorisedIdScan")) {
      r.expect(
          200, "PUT", "/filings/" + id + "/materials/" + slot, Api.file(slot + ".pdf", Api.PDF));
    }
    var missing = r.call("POST", "/filings/" + id + "/submit", null);
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(missing.body().contains("许可公告首页"), missing.body());
    assertTrue(
        Api.problems(missing.body()).contains("creditCode: 该统一社会信用代码在平台上没有法人账号"), missing.body());
    r.expect(
        200,
        "PUT",
        "/filings/" + id + "/form",
        Api.form(recovery(code, "11010519491231002X", "11010519491231002X"), false));
    for (String slot : List.of("announcementFront", "announcementPage")) {
      r.expect(
          200, "PUT", "/filings/" + id + "/materials/" + slot, Api.file(slot + ".pdf", Api.PDF));
    }
    r.expect(200, "POST", "/filings/" + id + "/submit", null);

    // the certification centre reads it in its queue, with its materials, and approves
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    var queue = centre.call("GET", "/review/filings?type=" + RECOVERY, null);
    assertTrue(queue.body().contains("\"id\":" + id), queue.body());
    assertEquals(
        200, centre.call("GET", "/filings/" + id + "/materials/letter", null).statusCode());
    centre.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    centre.expect(
        200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");

    // the one-time password went to the requester's mobile; the enterprise logs in with it
    // (and the SMS step goes to the requester's number) and must change it
    String oneTime = Portal.code(base, requester.mobile());
    assertTrue(oneTime.length() >= 9, oneTime);
    String enterpriseToken = Portal.token(base, enterprise.login(), oneTime);
    String me = Portal.api(base, "GET", "/api/v1/me", enterpriseToken, null).body();
    assertTrue(me.contains("\"passwordChangeRequired\":true"), me);
  }

  @Test
  void shouldCreateAStaffAccountWhoseOneTimePasswordOnlyItsOwnerReceives() {
    String admin = Portal.token(base, Portal.create(base, "ADMIN").login(), Portal.PASSWORD);
    String login = "staff" + Math.abs(RANDOM.nextInt(1_000_000));
    String mobile = mobile();
    var badRegion =
        Portal.api(base, "POST", "/api/v1/admin/staff", admin, staff(login, mobile, "999999"));
    assertEquals(400, badRegion.statusCode());
    assertTrue(badRegion.body().contains("管辖行政区划“999999”不是有效的行政区划代码"), badRegion.body());

    var created =
        Portal.api(base, "POST", "/api/v1/admin/staff", admin, staff(login, mobile, "320000"));
    assertEquals(201, created.statusCode(), created.body());
    String oneTime = Portal.code(base, mobile);
    assertFalse(created.body().contains(oneTime), "the password is not in the answer");
    String t = Portal.token(base, login, oneTime);
    String me = Portal.api(base, "GET", "/api/v1/me", t, null).body();
    assertTrue(
        me.contains("\"regionCode\":\"320000\"") && me.contains("\"passwordChangeRequired\":true"),
        me);
    // until the one-time password is changed, the token opens nothing else
    var queue = Portal.api(base, "GET", "/api/v1/review/filings", t, null);
    assertEquals(403, queue.statusCode(), queue.body());
    assertTrue(queue.body().contains("须先修改密码"), queue.body());
    var weak =
        Portal.api(
            base,
            "PUT",
            "/api/v1/me/password",
            t,
            "{\"currentPassword\":\""
                + oneTime
                + "\",\"newPassword\":\"short\",\"confirmation\":\"short\"}");
    assertEquals(400, weak.statusCode(), weak.body());
    assertTrue(weak.body().contains("\"field\":\"newPassword\""), weak.body());
    var changed =
        Portal.api(
            base,
            "PUT",
            "/api/v1/me/password",
            t,
            "{\"currentPassword\":\""
                + oneTime
                + "\",\"newPassword\":\"Staff#Own2026x\",\"confirmation\":\"Staff#Own2026x\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertTrue(changed.body().contains("\"passwordChangeRequired\":false"), changed.body());
    assertEquals(200, Portal.api(base, "GET", "/api/v1/review/filings", t, null).statusCode());
  }

  @Test
  void shouldShowASystemClientsSecretOnceAndNeverAgain() {
    String admin = Portal.token(base, Portal.create(base, "ADMIN").login(), Portal.PASSWORD);
    String clientId = "customs-" + Math.abs(RANDOM.nextInt(1_000_000));
    var created =
        Portal.api(
            base,
            "POST",
            "/api/v1/admin/system-clients",
            admin,
            "{\"clientId\":\""
                + clientId
                + "\",\"name\":\"海关总署\",\"kind\":\"CUSTOMS\","
                + "\"rights\":[\"customs.verify\",\"customs.get\"]}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created.body().contains("\"rights\":[\"customs.verify\",\"customs.get\"]"), created.body());
    // a right's enum name, a made-up right: refused, named, never a 500
    var unknown =
        Portal.api(
            base,
            "POST",
            "/api/v1/admin/system-clients",
            admin,
            "{\"clientId\":\"y-"
                + clientId
                + "\",\"name\":\"海关\",\"kind\":\"CUSTOMS\",\"rights\":[\"CUSTOMS_VERIFY\"]}");
    assertEquals(400, unknown.statusCode(), unknown.body());
    var badKind =
        Portal.api(
            base,
            "POST",
            "/api/v1/admin/system-clients",
            admin,
            "{\"clientId\":\"z-"
                + clientId
                + "\",\"name\":\"海关\",\"kind\":\"NOPE\",\"rights\":[]}");
    assertEquals(400, badKind.statusCode(), badKind.body());
    assertTrue(badKind.body().contains("\"field\":\"kind\""), badKind.body());
    assertTrue(
        unknown.body().contains("\"field\":\"rights\"")
            && unknown.body().contains("CUSTOMS_VERIFY"),
        unknown.body());
    String openapi = Portal.api(base, "GET", "/openapi", null, null).body();
    assertTrue(
        openapi.contains("customs.verify") && openapi.contains("tax.invoice-write"),
        "rights enumerated in OpenAPI");
    assertEquals(64, field(created.body(), "secret").length());
    String list = Portal.api(base, "GET", "/api/v1/admin/system-clients", admin, null).body();
    assertTrue(list.contains(clientId) && !list.contains(field(created.body(), "secret")), list);
    var noRights =
        Portal.api(
            base,
            "POST",
            "/api/v1/admin/system-clients",
            admin,
            "{\"clientId\":\"x-" + clientId + "\",\"name\":\"税务\",\"kind\":\"TAX\",\"rights\":[]}");
    assertTrue(noRights.body().contains("请至少选择一项权限"), noRights.body());
  }

  @Test
  void shouldLetAnAdministratorBindAnEkeyCertificateToOneAccountOnly() throws Exception {
    String admin = Portal.token(base, Portal.create(base, "ADMIN").login(), Portal.PASSWORD);
    Account holder = Portal.create(base, "ENTERPRISE", "110108", null);
    var cert = TestCertificates.generate(holder.login(), "-1d", 365);
    String pem =
        "-----BEGIN CERTIFICATE-----\\n"
            + Base64.getEncoder().encodeToString(cert.getEncoded())
            + "\\n-----END CERTIFICATE-----\\n";
    String body = "{\"loginName\":\"" + holder.login() + "\",\"pem\":\"" + pem + "\"}";
    var bound = Portal.api(base, "POST", "/api/v1/admin/client-certificates", admin, body);
    assertEquals(201, bound.statusCode(), bound.body());
    assertEquals(64, field(bound.body(), "fingerprint").length());
    var again = Portal.api(base, "POST", "/api/v1/admin/client-certificates", admin, body);
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("该证书已绑定账号"), again.body());
    var garbage =
        Portal.api(
            base,
            "POST",
            "/api/v1/admin/client-certificates",
            admin,
            "{\"loginName\":\"" + holder.login() + "\",\"pem\":\"not a certificate\"}");
    assertEquals(400, garbage.statusCode());
    assertTrue(garbage.body().contains("证书无法读取"), garbage.body());
  }

  @Test
  void shouldEndAnotherSessionOfTheSameAccount() {
    Account a = Portal.create(base, "EKEY_PROVIDER");
    String first = Portal.token(base, a.login(), Portal.PASSWORD);
    String second = Portal.token(base, a.login(), Portal.PASSWORD);
    String sessions = Portal.api(base, "GET", "/api/v1/me/sessions", second, null).body();
    // find the id of the session that is not the caller's
    String id = null;
    Matcher all = Pattern.compile("\\{[^}]*\\}").matcher(sessions);
    while (all.find()) {
      if (all.group().contains("\"current\":false")) {
        id = field(all.group(), "id");
      }
    }
    assertTrue(id != null, sessions);
    assertEquals(
        204, Portal.api(base, "DELETE", "/api/v1/me/sessions/" + id, second, null).statusCode());
    assertEquals(401, Portal.api(base, "GET", "/api/v1/me", first, null).statusCode());
    assertEquals(200, Portal.api(base, "GET", "/api/v1/me", second, null).statusCode());
    assertEquals(
        204, Portal.api(base, "DELETE", "/api/v1/sessions/current", second, null).statusCode());
    assertEquals(401, Portal.api(base, "GET", "/api/v1/me", second, null).statusCode());
  }

  @Test
  void shouldLockAnAccountAfterFiveWrongPasswordsAndSaySo() {
    Account a = Portal.create(base, "REGISTERED");
    HttpResponse<String> r = null;
    for (int i = 0; i < 5; i++) {
      r =
          Portal.api(
              base,
              "POST",
              "/api/v1/sessions",
              null,
              "{\"identifier\":\"" + a.login() + "\",\"password\":\"wrong\"}");
    }
    assertEquals(423, r.statusCode());
    assertTrue(r.body().contains("账号已锁定15分钟"), r.body());
    var right =
        Portal.api(
            base,
            "POST",
            "/api/v1/sessions",
            null,
            "{\"identifier\":\"" + a.login() + "\",\"password\":\"" + Portal.PASSWORD + "\"}");
    assertEquals(423, right.statusCode(), "locked even with the right password");
    // a name no account has answers the same: the lock does not tell which names exist
    String madeUp = "nobody" + Math.abs(RANDOM.nextInt(1_000_000));
    HttpResponse<String> unknown = null;
    for (int i = 0; i < 5; i++) {
      unknown =
          Portal.api(
              base,
              "POST",
              "/api/v1/sessions",
              null,
              "{\"identifier\":\"" + madeUp + "\",\"password\":\"wrong\"}");
    }
    assertEquals(r.statusCode(), unknown.statusCode(), unknown.body());
    assertEquals(r.body(), unknown.body());
  }

  @Test
  void shouldSpendARegistrationCodeAfterFiveWrongTries() {
    String mobile = mobile();
    String login = "try" + Math.abs(RANDOM.nextInt(1_000_000));
    assertEquals(202, sendRegistrationCode(mobile).statusCode());
    String right = Portal.code(base, mobile);
    String wrong = right.equals("000000") ? "111111" : "000000";
    for (int i = 1; i <= 5; i++) {
      var r = register(login, mobile, wrong);
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.body().contains("smsCode"), r.body());
    }
    // the wrong tries were counted although each registration was refused (and rolled back)
    var late = register(login, mobile, right);
    assertEquals(400, late.statusCode(), "the right code after five wrong tries: " + late.body());
    assertTrue(late.body().contains("smsCode") && late.body().contains("次数"), late.body());
    assertEquals(
        401,
        Portal.api(
                base,
                "POST",
                "/api/v1/sessions",
                null,
                "{\"identifier\":\"" + login + "\",\"password\":\"Reg1ster#2026\"}")
            .statusCode(),
        "no account was made");
  }

  @Test
  void shouldAnswerMalformedAndOversizedBodiesWithJsonNamingTheProblem() throws Exception {
    for (String body :
        List.of("{not json", "[]", "null", "{\"identifier\":[1],\"password\":\"x\"}")) {
      var r = Portal.api(base, "POST", "/api/v1/sessions", null, body);
      assertEquals(400, r.statusCode(), body + " → " + r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
          body + " → " + r.headers());
      assertTrue(r.body().contains("\"message\""), r.body());
    }
    var field = Portal.api(base, "POST", "/api/v1/sessions", null, "{\"identifier\":[1]}");
    assertTrue(field.body().contains("\"field\":\"identifier\""), field.body());
    // a 50 MB sign-in body, three at once: refused unread with 413, the server stays well
    byte[] huge = ("{\"identifier\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}").getBytes();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
      for (int i = 0; i < 3; i++) {
        answers.add(pool.submit(() -> raw("/api/v1/sessions", huge, false)));
      }
      for (var a : answers) {
        var r = a.get();
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("4KB"), r.body());
      }
    } finally {
      pool.shutdown();
    }
    // without a length (chunked), it stops at the limit all the same
    var chunked = raw("/api/v1/sessions", huge, true);
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertEquals(200, Portal.api(base, "GET", "/health/live", null, null).statusCode());
  }

  private HttpResponse<String> raw(String path, byte[] body, boolean chunked) {
    var publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(Http.uri(base, path))
                  .header("Content-Type", "application/json")
                  .POST(publisher)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      // the server may close the connection once it answered: that is a refusal too
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldResetAForgottenPasswordByTheBoundMobileAndSayNothingAboutOthers() {
    Account a = Portal.create(base, "ENTERPRISE", "110108", null);
    String other = Portal.token(base, a.login(), Portal.PASSWORD);
    var real =
        Portal.api(
            base,
            "POST",
            "/api/v1/password-resets",
            null,
            "{\"identifier\":\"" + a.login() + "\"}");
    var madeUp =
        Portal.api(
            base,
            "POST",
            "/api/v1/password-resets",
            null,
            "{\"identifier\":\"nobody" + Math.abs(RANDOM.nextInt(1_000_000)) + "\"}");
    assertEquals(202, real.statusCode(), real.body());
    assertEquals(real.statusCode(), madeUp.statusCode());
    assertEquals(real.body(), madeUp.body(), "the same answer whether or not the account exists");
    String code = Portal.code(base, a.mobile());
    String reset =
        "{\"identifier\":\"%s\",\"code\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}";
    var weak =
        Portal.api(
            base,
            "POST",
            "/api/v1/password-resets/confirmation",
            null,
            reset.formatted(a.login(), code, "short", "short"));
    assertEquals(400, weak.statusCode(), weak.body());
    assertTrue(weak.body().contains("\"field\":\"newPassword\""), weak.body());
    var done =
        Portal.api(
            base,
            "POST",
            "/api/v1/password-resets/confirmation",
            null,
            reset.formatted(a.login(), code, "Reset#Pass2026", "Reset#Pass2026"));
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(
        401, Portal.api(base, "GET", "/api/v1/me", other, null).statusCode(), "sessions end");
    var again =
        Portal.api(
            base,
            "POST",
            "/api/v1/password-resets/confirmation",
            null,
            reset.formatted(a.login(), code, "Other#Pass2026", "Other#Pass2026"));
    assertEquals(400, again.statusCode(), "a code serves once: " + again.body());
    assertEquals(
        200,
        Portal.api(base, "GET", "/api/v1/me", Portal.token(base, a.login(), "Reset#Pass2026"), null)
            .statusCode());
  }

  @Test
  void shouldBindANewMobileOnceAnAdministratorCheckedTheIdentityOfSomeoneWhoLostTheOldOne()
      throws Exception {
    Account a = Portal.create(base, "AGENT", null, null);
    String idNumber = Http.get(base, "/it/id-number?login=" + Portal.enc(a.login())).body();
    String newMobile = mobile();
    var badNumber =
        Portal.api(base, "POST", "/api/v1/mobile-changes/code", null, "{\"newMobile\":\"123\"}");
    assertEquals(400, badNumber.statusCode(), badNumber.body());
    assertTrue(badNumber.body().contains("\"newMobile\""), badNumber.body());
    assertEquals(
        202,
        Portal.api(
                base,
                "POST",
                "/api/v1/mobile-changes/code",
                null,
                "{\"newMobile\":\"" + newMobile + "\"}")
            .statusCode());
    String code = Portal.code(base, newMobile);
    String scan =
        Base64.getEncoder()
            .encodeToString(
                Files.readAllBytes(Path.of("../ejb/src/test/resources/vectors/files/rgb.png")));
    String body =
        "{\"loginName\":\"%s\",\"password\":\"%s\",\"name\":\"%s\",\"idNumber\":\"%s\","
            + "\"newMobile\":\""
            + newMobile
            + "\",\"smsCode\":\""
            + code
            + "\",\"idScan\":{\"fileName\":\"id.png\",\"base64\":\""
            + scan
            + "\"}}";
    java.util.function.BiFunction<String, String, HttpResponse<String>> file =
        (password, name) ->
            Portal.api(
                base,
                "POST",
                "/api/v1/mobile-changes",
                null,
                body.formatted(a.login(), password, name, idNumber));
    var wrongPassword = file.apply("wrong", "测试经办人");
    assertEquals(409, wrongPassword.statusCode(), wrongPassword.body());
    assertTrue(wrongPassword.body().contains("登录名或密码错误"), wrongPassword.body());
    var otherPerson = file.apply(Portal.PASSWORD, "冒名者");
    assertEquals(400, otherPerson.statusCode(), otherPerson.body());
    assertTrue(
        Api.problems(otherPerson.body()).contains("idNumber: 姓名或证件号码与该账号的实名认证信息不一致"),
        otherPerson.body());
    var submitted = file.apply(Portal.PASSWORD, "测试经办人");
    assertEquals(201, submitted.statusCode(), submitted.body());
    var filing = Api.json(submitted.body());
    assertTrue(filing.getString("number").startsWith("MCH-"), submitted.body());
    assertEquals("SUBMITTED", filing.getString("status"));
    long id = filing.getJsonNumber("id").longValue();
    var again = file.apply(Portal.PASSWORD, "测试经办人");
    assertEquals(409, again.statusCode(), "one open at a time: " + again.body());

    // not a filing anybody starts in the portal
    Api agent = new Api(base, a.login(), Portal.token(base, a.login(), Portal.PASSWORD), null);
    var started = agent.call("POST", "/filings", type("mobile-change"));
    assertEquals(409, started.statusCode(), started.body());

    // an administrator compares the scan on the workbench and approves; the new number signs in
    // and heard of it
    Api admin = Api.of(base, "ADMIN", null);
    var queue = admin.call("GET", "/review/filings?type=mobile-change", null);
    assertTrue(queue.body().contains("\"id\":" + id), queue.body());
    var detail = admin.expect(200, "GET", "/filings/" + id, null).toString();
    assertTrue(detail.contains("测试经办人") && detail.contains(newMobile), detail);
    admin.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    admin.expect(200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    String me =
        Portal.api(base, "GET", "/api/v1/me", Portal.token(base, a.login(), Portal.PASSWORD), null)
            .body();
    assertTrue(me.contains(newMobile.substring(7)), "the new number is bound: " + me);
    String outbox = admin.call("GET", "/admin/outbox", null).body();
    assertTrue(
        jakarta.json.Json.createReader(new java.io.StringReader(outbox)).readArray().stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .anyMatch(
                m ->
                    m.getString("address").equals(newMobile)
                        && m.getString("text")
                            .contains(
                                "手机号修改申请" + filing.getString("number") + "已审核通过，此后登录验证码将发送至本号码")),
        "the decision is texted to the new number: " + outbox);
  }

  @Test
  void shouldLetManySignInsBehindOneAddressLeaveRegistrationOpen() {
    // every user behind one proxy signs in from the same address: 21 sign-ins this hour
    for (int i = 0; i < 21; i++) {
      Portal.token(base, Portal.create(base, "REGISTERED").login(), Portal.PASSWORD);
    }
    var sent = sendRegistrationCode(mobile());
    assertEquals(202, sent.statusCode(), "registration still gets its code: " + sent.body());
  }

  private HttpResponse<String> register(String login, String mobile, String code) {
    return Portal.api(
        base,
        "POST",
        "/api/v1/registrations",
        null,
        "{\"loginName\":\""
            + login
            + "\",\"password\":\"Reg1ster#2026\",\"confirmation\":\"Reg1ster#2026\","
            + "\"email\":\""
            + login
            + "@example.com\",\"mobile\":\""
            + mobile
            + "\",\"smsCode\":\""
            + code
            + "\"}");
  }

  private HttpResponse<String> sendRegistrationCode(String mobile) {
    return Http.post(
        base, "/api/v1/verification-codes?channel=sms&address=" + mobile, "text/plain", "");
  }

  private static String mobile() {
    return "136" + String.format("%08d", RANDOM.nextInt(100_000_000));
  }

  private static String staff(String login, String mobile, String region) {
    return "{\"loginName\":\""
        + login
        + "\",\"displayName\":\"江苏省商务厅审核员\","
        + "\"role\":\"COMMERCE_AUTHORITY\",\"organisation\":\"江苏省商务厅\",\"regionCode\":\""
        + region
        + "\",\"mobile\":\""
        + mobile
        + "\",\"email\":\""
        + login
        + "@example.com\"}";
  }

  private static final String LEGAL = "real-name-legal-person";
  private static final String NATURAL = "real-name-natural-person";
  private static final String RECOVERY = "account-recovery";

  private static String type(String code) {
    return "{\"type\":\"" + code + "\"}";
  }

  /** 法人认证's form, the representative's ID number as given. */
  private static Map<String, String> legalPerson(String creditCode, String name, String idNumber) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("enterpriseType", "ENTERPRISE");
    v.put("creditCode", creditCode);
    v.put("organisationName", name);
    v.put("legalPersonType", "CORPORATE");
    v.put("legalRepresentative", "赵六");
    v.put("idType", "RESIDENT_ID");
    v.put("idNumber", idNumber);
    v.put("address", "北京市海淀区");
    return v;
  }

  /** The form filled in rightly, the ID and the licence scanned. */
  private static void fillLegalPerson(Api who, long id, String creditCode) {
    who.expect(200, "PUT", "/filings/" + id + "/materials/idScan", Api.file("id.pdf", Api.PDF));
    who.expect(
        200, "PUT", "/filings/" + id + "/materials/licenceScan", Api.file("licence.png", Api.PNG));
    who.expect(
        200,
        "PUT",
        "/filings/" + id + "/form",
        Api.form(legalPerson(creditCode, "北京测试汽车有限公司", "350102198001010011"), true));
  }

  private static Map<String, String> recovery(
      String code, String requesterId, String authorisedId) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("listing", "BULLETIN");
    v.put("creditCode", code);
    v.put("enterpriseName", "测试企业");
    v.put("requesterName", "张经办");
    v.put("requesterIdNumber", requesterId);
    v.put("authorisedName", "张经办");
    v.put("authorisedIdNumber", authorisedId);
    return v;
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
