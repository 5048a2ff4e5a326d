package cn.autogov.ekey;

import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Http;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-key flows over REST, as the enterprise, the issuing authority of its city and the e-key
 * provider take them: a first application from the form (mistakes named) through 核验, 复核, 制作 (the
 * certificate issued from the token's request, verified by OpenSSL against the published chain),
 * 寄出, 待领取 and 已领取; the e-key login accepting the certificate; a 补办 that revokes it (on the CRL, as
 * OpenSSL reads it, and refused by the login); an unlock; a 注销.
 */
@Tag("served")
@ExtendWith(Served.class)
class EkeyIT {

  @Served.Base URL base;

  @Test
  void shouldIssueAKeyFromTheFormToCollectionThenReissueAndRevokeIt() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "350102");
    Api authority = Api.of(base, "ISSUING_AUTHORITY", "350100");
    Api elsewhere = Api.of(base, "ISSUING_AUTHORITY", "110100");
    Api provider = Api.of(base, "EKEY_PROVIDER", null);
    String name = Tokens.userName();

    // the form: mistakes named field by field, the rest kept
    long id = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-first\"}"));
    Map<String, String> v = new HashMap<>();
    v.put("userName", "fz2024");
    v.put("authorisedPerson", "林授权");
    v.put("authorisedPersonId", "11010519491231002X");
    v.put("authorisedPersonMobile", "13812345678");
    v.put("delivery", "COURIER");
    var refused = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("userName: 用户名只能由大写英文字母组成"), problems);
    assertTrue(problems.contains("deliveryAddress: 选择快递领取时须填写快递地址"), problems);
    // the scans: each missing one named at 保存
    for (String slot : Tokens.FIRST.subList(0, 5)) {
      ent.expect(
          200, "PUT", "/filings/" + id + "/materials/" + slot, Api.file(slot + ".png", Api.PNG));
    }
    v.put("userName", name.toLowerCase(Locale.ROOT));
    v.put("delivery", "ON_SITE");
    var bare = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, bare.statusCode(), bare.body());
    assertTrue(Api.problems(bare.body()).contains("ekey-authority: "), bare.body());
    assertFalse(Api.problems(bare.body()).contains("ekey-form: "), bare.body());
    ent.expect(
        200, "PUT", "/filings/" + id + "/materials/ekey-authority", Api.file("a.png", Api.PNG));
    JsonObject saved = ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(name, Api.values(saved).get("userName"), "kept in upper case");
    // the papers to print, sign and stamp: the application form (申请类型 marked) and the letter
    var portal =
        new cn.autogov.testing.Portal.Session(base)
            .signIn(ent.login(), cn.autogov.testing.Portal.PASSWORD);
    String form = pdfText(portal.download("/app/ekey/forms/application.pdf?id=" + id));
    assertTrue(form.contains("进出口企业电子钥匙与电子认证证书办理申请表"), form);
    assertTrue(form.contains("■首次申领") && form.contains("□补办"), form);
    assertTrue(form.contains(name) && form.contains("林授权") && form.contains("现场领取"), form);
    String letter = pdfText(portal.download("/app/ekey/forms/confirmation-letter.pdf?id=" + id));
    assertTrue(letter.contains("电子签章申请确认函") && letter.contains(name), letter);
    assertEquals(
        404,
        new cn.autogov.testing.Portal.Session(base)
            .signIn(
                Api.of(base, "ENTERPRISE", "350102").login(), cn.autogov.testing.Portal.PASSWORD)
            .download("/app/ekey/forms/application.pdf?id=" + id)
            .statusCode(),
        "another enterprise's papers are not found");
    assertEquals("SUBMITTED", status(ent.expect(200, "POST", "/filings/" + id + "/submit", null)));

    // 核验 by the authority of the enterprise's city, not of another
    assertEquals(
        404,
        elsewhere
            .call("POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}")
            .statusCode());
    var early =
        provider.call("POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertTrue(early.statusCode() == 409 || early.statusCode() == 404, early.body());
    // 核验未通过: back to the enterprise, every material to be uploaded again
    JsonObject d =
        authority.expect(
            200,
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"REJECT\",\"remark\":\"营业执照副本复印件不清晰\"}");
    assertEquals("RETURNED", status(d));
    assertEquals(
        "stage.ekey-check.failed", d.getJsonObject("filing").getString("statusKey"), "核验未通过");
    assertTrue(
        d.getJsonArray("materials").stream()
            .allMatch(
                m ->
                    !m.asJsonObject().containsKey("fileName")
                        || m.asJsonObject().isNull("fileName")),
        d.getJsonArray("materials").toString());
    assertTrue(d.getJsonArray("history").toString().contains("营业执照副本复印件不清晰"));
    var bareAgain = ent.call("POST", "/filings/" + id + "/submit", null);
    assertTrue(bareAgain.statusCode() == 400 || bareAgain.statusCode() == 409, bareAgain.body());
    for (String slot : Tokens.FIRST) {
      ent.expect(
          200, "PUT", "/filings/" + id + "/materials/" + slot, Api.file(slot + ".png", Api.PNG));
    }
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals("SUBMITTED", status(ent.expect(200, "POST", "/filings/" + id + "/submit", null)));
    d =
        authority.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("SUBMITTED", status(d), "核验通过: on to the provider");
    d =
        provider.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(d), "复核通过");
    assertEquals("made", d.getJsonObject("filing").getJsonObject("nextStep").getString("code"));

    // 制作 only with the token's request: typed as a step it is refused
    var typed =
        provider.call("POST", "/review/filings/" + id + "/fulfilment", Api.step("made", "1234"));
    assertEquals(409, typed.statusCode(), typed.body());
    assertTrue(typed.body().contains("须提交电子钥匙的证书请求"), typed.body());
    var badCsr =
        provider.call(
            "POST", "/ekey/applications/" + id + "/certificate", "{\"csr\":\"not a request\"}");
    assertEquals(400, badCsr.statusCode(), badCsr.body());
    assertTrue(Api.problems(badCsr.body()).contains("csr: 不是PEM格式的PKCS#10证书请求"), badCsr.body());
    assertEquals(
        403,
        ent.call("POST", "/ekey/applications/" + id + "/certificate", csrBody(Tokens.request()))
            .statusCode(),
        "only the provider makes keys");
    JsonObject issued =
        provider.expect(
            201, "POST", "/ekey/applications/" + id + "/certificate", csrBody(Tokens.request()));
    String serial = issued.getString("serial");
    String certificate = issued.getString("certificate");

    // OpenSSL verifies it against the chain the platform publishes
    Path dir = Files.createTempDirectory("ekey-it");
    String chain = Http.get(base, "/api/v1/pki/ekey-ca.pem").body();
    String[] parts = chain.split("(?<=-----END CERTIFICATE-----\\n)");
    Tokens.write(dir, "issuing.pem", parts[0]);
    Tokens.write(dir, "root.pem", parts[1]);
    Tokens.write(dir, "key.pem", certificate);
    String verified =
        Tokens.openssl(
            dir,
            "verify",
            "-CAfile",
            "root.pem",
            "-untrusted",
            "issuing.pem",
            "-purpose",
            "sslclient",
            "key.pem");
    assertTrue(verified.startsWith("0 ") && verified.contains("key.pem: OK"), verified);
    String text =
        Tokens.openssl(
            dir,
            "x509",
            "-in",
            "key.pem",
            "-noout",
            "-subject",
            "-ext",
            "extendedKeyUsage,crlDistributionPoints,authorityInfoAccess");
    assertTrue(text.contains("CN=" + name) || text.contains("CN = " + name), text);
    assertTrue(text.contains("TLS Web Client Authentication"), text);
    assertTrue(text.contains("/api/v1/pki/ekey.crl"), text);
    assertTrue(text.contains("OCSP - URI:") && text.contains("/api/v1/pki/ocsp"), text);

    // 寄出 with the tracking number, 待领取, 已领取 with the final check; each by its own
    assertEquals(
        409,
        authority
            .call("POST", "/review/filings/" + id + "/fulfilment", Api.step("shipped", "SF1"))
            .statusCode(),
        "shipping is the provider's");
    provider.expect(
        200, "POST", "/review/filings/" + id + "/fulfilment", Api.step("shipped", "SF1234567890"));
    authority.expect(
        200, "POST", "/review/filings/" + id + "/fulfilment", Api.step("awaitingCollection", null));
    d =
        authority.expect(
            200,
            "POST",
            "/review/filings/" + id + "/fulfilment",
            Api.step("collected", "现场领取，纸质材料核验无误"));
    assertFalse(d.getJsonObject("filing").containsKey("nextStep"), "handed over");
    String history = d.getJsonArray("history").toString();
    assertTrue(history.contains(serial) && history.contains("SF1234567890"), history);

    // the enterprise holds the key; the e-key login signs its legal person in
    String keys = ent.call("GET", "/ekey/keys", null).body();
    assertTrue(keys.contains(name) && keys.contains(serial) && keys.contains("IN_USE"), keys);
    assertTrue(certificateLogin(certificate).startsWith("SUCCESS " + ent.login() + " "));
    assertTrue(
        ekeyLogin(certificate).endsWith("/app/home.xhtml"),
        "/ekey-login, the certificate passed on by a TLS-terminating proxy");
    assertTrue(
        Http.send(
                HttpRequest.newBuilder(Http.uri(base, "/ekey-login"))
                    .header("X-SSL-Client-Cert", "not a certificate")
                    .build())
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("ekey=refused"));

    // 30 days before the certificate expires, the enterprise is told to renew it
    String notAfter = keys.replaceAll(".*\"notAfter\":\"(\\d{4}-\\d{2}-\\d{2}).*", "$1");
    var thirtyBefore = java.time.LocalDate.parse(notAfter).minusDays(30);
    Http.get(base, "/it/ekey-expiry?today=" + thirtyBefore.minusDays(1));
    assertFalse(Http.get(base, "/it/messages?login=" + ent.login()).body().contains(notAfter));
    assertTrue(
        Integer.parseInt(Http.get(base, "/it/ekey-expiry?today=" + thirtyBefore).body()) >= 1);
    String texts = Http.get(base, "/it/messages?login=" + ent.login()).body();
    assertTrue(texts.contains(name + "的电子钥匙证书将于" + notAfter + "到期（还有30天）"), texts);
    var second = ent.call("POST", "/filings", "{\"type\":\"ekey-first\"}");
    assertEquals(400, second.statusCode(), "a first key only for one that never held one");
    assertTrue(second.body().contains("请办理补办或增办"), second.body());

    // 补办 under the same user name: the new certificate replaces it, the lost one is revoked
    long reissue = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-reissue\"}"));
    v.put("userName", name);
    v.put("applicationReason", "电子钥匙丢失");
    for (String slot : Tokens.REISSUE) {
      ent.expect(
          200,
          "PUT",
          "/filings/" + reissue + "/materials/" + slot,
          Api.file(slot + ".png", Api.PNG));
    }
    ent.expect(200, "PUT", "/filings/" + reissue + "/form", form(v, true));
    ent.expect(200, "POST", "/filings/" + reissue + "/submit", null);
    authority.expect(
        200, "POST", "/review/filings/" + reissue + "/decisions", "{\"decision\":\"APPROVE\"}");
    provider.expect(
        200, "POST", "/review/filings/" + reissue + "/decisions", "{\"decision\":\"APPROVE\"}");
    JsonObject again =
        provider.expect(
            201,
            "POST",
            "/ekey/applications/" + reissue + "/certificate",
            csrBody(Tokens.request()));
    String newSerial = again.getString("serial");
    assertFalse(newSerial.equals(serial));
    assertTrue(
        certificateLogin(certificate).startsWith("WRONG_CREDENTIALS"),
        "the lost key signs nobody in");
    assertTrue(ekeyLogin(certificate).contains("ekey=refused"), "nor through /ekey-login");
    assertTrue(
        certificateLogin(again.getString("certificate"))
            .startsWith("SUCCESS " + ent.login() + " "));
    Files.write(dir.resolve("ekey.crl"), crl());
    String crl =
        Tokens.openssl(
            dir,
            "crl",
            "-inform",
            "DER",
            "-in",
            "ekey.crl",
            "-noout",
            "-text",
            "-CAfile",
            "issuing.pem");
    assertTrue(crl.toUpperCase(Locale.ROOT).contains(serial.toUpperCase(Locale.ROOT)), crl);
    assertTrue(crl.contains("Key Compromise"), crl);
    assertTrue(crl.contains("verify OK") || crl.contains("verify ok"), crl);
    assertFalse(crl.toUpperCase(Locale.ROOT).contains(newSerial.toUpperCase(Locale.ROOT)), crl);

    // OCSP, as a relying party asks: the lost key's certificate revoked, the new one good
    Tokens.write(dir, "new.pem", again.getString("certificate"));
    String ocspUrl = Http.uri(base, "/api/v1/pki/ocsp").toString();
    String lost =
        Tokens.openssl(
            dir,
            "ocsp",
            "-issuer",
            "issuing.pem",
            "-cert",
            "key.pem",
            "-url",
            ocspUrl,
            "-CAfile",
            "root.pem");
    assertTrue(lost.contains("Response verify OK") && lost.contains("key.pem: revoked"), lost);
    assertTrue(lost.contains("keyCompromise"), lost);
    String good =
        Tokens.openssl(
            dir,
            "ocsp",
            "-issuer",
            "issuing.pem",
            "-cert",
            "new.pem",
            "-url",
            ocspUrl,
            "-CAfile",
            "root.pem");
    assertTrue(good.contains("new.pem: good"), good);

    // 注销: revoked at 复核通过, nothing shipped
    long revocation = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-revocation\"}"));
    Map<String, String> r = new HashMap<>(v);
    r.remove("delivery");
    r.remove("applicationReason");
    ent.expect(
        200,
        "PUT",
        "/filings/" + revocation + "/materials/ekey-form",
        Api.file("form.png", Api.PNG));
    ent.expect(200, "PUT", "/filings/" + revocation + "/form", form(r, true));
    ent.expect(200, "POST", "/filings/" + revocation + "/submit", null);
    authority.expect(
        200, "POST", "/review/filings/" + revocation + "/decisions", "{\"decision\":\"APPROVE\"}");
    d =
        provider.expect(
            200,
            "POST",
            "/review/filings/" + revocation + "/decisions",
            "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(d));
    assertFalse(d.getJsonObject("filing").containsKey("nextStep"));
    assertTrue(certificateLogin(again.getString("certificate")).startsWith("WRONG_CREDENTIALS"));
    assertTrue(ent.call("GET", "/ekey/keys", null).body().contains("REVOKED"));
    Files.write(dir.resolve("ekey.crl"), crl());
    crl = Tokens.openssl(dir, "crl", "-inform", "DER", "-in", "ekey.crl", "-noout", "-text");
    assertTrue(crl.toUpperCase(Locale.ROOT).contains(newSerial.toUpperCase(Locale.ROOT)), crl);
    assertTrue(crl.contains("Cessation Of Operation"), crl);
  }

  @Test
  void shouldEnterPaperApplicationsAndAddUnlockRenewAndChangeCodes() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "350102");
    Api authority = Api.of(base, "ISSUING_AUTHORITY", "350100");
    Api provider = Api.of(base, "EKEY_PROVIDER", null);
    String code = ent.expect(200, "GET", "/enterprise", null).getString("creditCode");
    String first = Tokens.userName();
    String second = Tokens.userName();
    Map<String, String> v = new HashMap<>();
    v.put("authorisedPerson", "陈授权");
    v.put("authorisedPersonId", "11010519491231002X");
    v.put("authorisedPersonMobile", "13912345678");
    v.put("delivery", "COURIER");
    v.put("deliveryAddress", "福建省福州市鼓楼区五四路1号");

    // 首次申领（线下申请）: only the authority enters it, at its counter, for an enterprise of its city
    var online = ent.call("POST", "/filings", "{\"type\":\"ekey-first-paper\"}");
    assertEquals(400, online.statusCode(), online.body());
    assertTrue(online.body().contains("线下申请由发证机构在受理窗口录入"), online.body());
    long paper =
        id(
            authority.expect(
                201,
                "POST",
                "/review/intake",
                "{\"type\":\"ekey-first-paper\",\"creditCode\":\"" + code + "\"}"));
    v.put("userName", first);
    Tokens.fill(authority, paper, v, Tokens.REISSUE);
    pass(authority, provider, paper);
    String firstCertificate = make(provider, paper).getString("certificate");

    // 增办: a user name a key has is refused; a new one gives a second key
    long more = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-additional\"}"));
    v.put("applicationReason", "新增业务人员");
    var clash = Tokens.fill(ent, more, v, Tokens.FIRST);
    assertEquals(400, clash.statusCode(), clash.body());
    assertTrue(
        Api.problems(clash.body()).contains("userName: 用户名" + first + "已被其他电子钥匙使用"), clash.body());
    v.put("userName", second);
    assertEquals(200, Tokens.fill(ent, more, v, List.of()).statusCode());
    pass(authority, provider, more);
    String secondCertificate = make(provider, more).getString("certificate");
    String keys = ent.call("GET", "/ekey/keys", null).body();
    assertTrue(keys.contains(first) && keys.contains(second), keys);

    // 解锁: the provider records it; the certificate stays
    long unlock = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-unlock\"}"));
    v.remove("applicationReason");
    Tokens.fill(ent, unlock, v, List.of("ekey-form"));
    pass(authority, provider, unlock);
    provider.expect(
        200, "POST", "/review/filings/" + unlock + "/fulfilment", "{\"step\":\"unlocked\"}");
    keys = ent.call("GET", "/ekey/keys", null).body();
    assertTrue(keys.contains("\"unlockCount\":1"), keys);
    assertTrue(certificateLogin(secondCertificate).startsWith("SUCCESS"), "still the same key");

    // 更新: not from a password session; from the key's own session its certificate is replaced
    var password = ent.call("POST", "/filings", "{\"type\":\"ekey-renewal\"}");
    assertEquals(400, password.statusCode(), password.body());
    assertTrue(password.body().contains("须插入需要更新的电子钥匙登录后办理"), password.body());
    String[] signedIn = certificateLogin(secondCertificate).split(" ");
    Api withKey = new Api(base, signedIn[1], signedIn[2], ent.enterpriseId());
    JsonObject renewal = withKey.expect(201, "POST", "/filings", "{\"type\":\"ekey-renewal\"}");
    assertEquals(second, Api.values(renewal).get("userName"), "the key signed in with");
    long renew = id(renewal);
    Tokens.fill(
        withKey,
        renew,
        v,
        List.of("ekey-form", "ekey-confirmationLetter", "ekey-authorisedId", "ekey-authority"));
    pass(authority, provider, renew);
    String renewed = make(provider, renew).getString("certificate");
    assertTrue(certificateLogin(secondCertificate).startsWith("WRONG_CREDENTIALS"), "replaced");
    assertTrue(certificateLogin(renewed).startsWith("SUCCESS"));
    assertTrue(certificateLogin(firstCertificate).startsWith("SUCCESS"), "the other key stays");

    // the provider's operator revokes a key's certificate at once (a token lost): the login refuses
    // it, the enterprise sees it; the reason is required, and only the provider may
    var noReason = provider.call("POST", "/ekey/keys/" + first + "/revocation", null);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals(
        403,
        ent.call("POST", "/ekey/keys/" + first + "/revocation?reason=KEY_COMPROMISE", null)
            .statusCode());
    JsonObject revokedKey =
        provider.expect(
            200, "POST", "/ekey/keys/" + first + "/revocation?reason=KEY_COMPROMISE", null);
    assertTrue(revokedKey.containsKey("certificateRevokedAt"), revokedKey.toString());
    assertTrue(certificateLogin(firstCertificate).startsWith("WRONG_CREDENTIALS"), "revoked");
    var twice =
        provider.call("POST", "/ekey/keys/" + first + "/revocation?reason=SUPERSEDED", null);
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(twice.body().contains("的证书已于"), twice.body());

    // 企业代码变更: a key issued with the 13-digit code gets the credit code, and is still found by the
    // old
    String legacy = Tokens.userName();
    String oldCode = "3502" + String.valueOf(System.nanoTime()).substring(0, 9);
    Http.send(
        HttpRequest.newBuilder(
                Http.uri(
                    base,
                    "/it/ekey-legacy?enterprise="
                        + ent.enterpriseId()
                        + "&userName="
                        + legacy
                        + "&code="
                        + oldCode))
            .header("Origin", new cn.autogov.testing.Portal.Session(base).origin())
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
    long change = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-code-change\"}"));
    v.put("userName", legacy);
    // not the credit code the enterprise is registered with: named
    String others =
        Api.of(base, "ENTERPRISE", "350102")
            .expect(200, "GET", "/enterprise", null)
            .getString("creditCode");
    v.put("newCreditCode", others);
    var notOurs =
        Tokens.fill(
            ent,
            change,
            v,
            List.of(
                "ekey-form",
                "ekey-changeCertificate",
                "ekey-confirmationLetter",
                "ekey-tradeRecord",
                "ekey-businessLicence",
                "ekey-authorisedId",
                "ekey-authority"));
    assertEquals(400, notOurs.statusCode(), notOurs.body());
    assertTrue(
        Api.problems(notOurs.body()).contains("与本企业登记的统一社会信用代码" + code + "不一致"), notOurs.body());
    v.put("newCreditCode", code);
    assertEquals(200, Tokens.fill(ent, change, v, List.of()).statusCode());
    pass(authority, provider, change);
    Path dir = Files.createTempDirectory("ekey-code");
    Tokens.write(dir, "changed.pem", make(provider, change).getString("certificate"));
    String subject = Tokens.openssl(dir, "x509", "-in", "changed.pem", "-noout", "-subject");
    assertTrue(subject.contains(code), subject);
    String found = provider.call("GET", "/ekey/key-search?code=" + oldCode, null).body();
    // the register keeps the old code: the enterprise directory still finds the enterprise by it
    String directory = authority.call("GET", "/enterprises?code=" + oldCode, null).body();
    assertTrue(
        directory.contains(code) && directory.contains("\"formerCodes\":[\"" + oldCode), directory);
    assertTrue(found.contains(legacy) && found.contains(code) && found.contains(oldCode), found);
  }

  /** 核验通过, then 复核通过. */
  private static void pass(Api authority, Api provider, long id) {
    authority.expect(
        200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    provider.expect(
        200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
  }

  /** 制作 from a new token's request. */
  private static JsonObject make(Api provider, long id) throws Exception {
    return provider.expect(
        201, "POST", "/ekey/applications/" + id + "/certificate", csrBody(Tokens.request()));
  }

  private static String pdfText(HttpResponse<byte[]> r) throws Exception {
    assertEquals(200, r.statusCode());
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
  }

  private byte[] crl() throws Exception {
    var r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(Http.uri(base, "/api/v1/pki/ekey.crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/pkix-crl", r.headers().firstValue("Content-Type").orElse(""));
    return r.body();
  }

  /**
   * GET /ekey-login as a TLS-terminating proxy forwards it (the certificate URL-encoded in the
   * header, as nginx's $ssl_client_escaped_cert): where it sends the browser.
   */
  private String ekeyLogin(String pem) {
    return Http.send(
            HttpRequest.newBuilder(Http.uri(base, "/ekey-login"))
                .header(
                    "X-SSL-Client-Cert",
                    java.net.URLEncoder.encode(pem, java.nio.charset.StandardCharsets.UTF_8))
                .build())
        .headers()
        .firstValue("Location")
        .orElse("");
  }

  private String certificateLogin(String pem) {
    return Http.send(
            HttpRequest.newBuilder(Http.uri(base, "/it/certificate-login"))
                .header("Origin", new cn.autogov.testing.Portal.Session(base).origin())
                .POST(HttpRequest.BodyPublishers.ofString(pem))
                .build())
        .body();
  }

  private static String csrBody(String pem) {
    return "{\"csr\":\"" + pem.replace("\r", "").replace("\n", "\\n") + "\"}";
  }
}
