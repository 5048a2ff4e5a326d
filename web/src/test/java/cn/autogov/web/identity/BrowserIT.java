package cn.autogov.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A person in a real browser: landing page, sign-in, home page, language switch, sign-out. */
@Tag("browser")
@ExtendWith(Served.class)
class BrowserIT {

  private static final String DEMO_PASSWORD = System.getenv("AUTOGOV_DEMO_PASSWORD");

  @Served.Base URL base;

  private WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void shouldSignInFromTheLandingPageAndSeeTheUsersHome() {
    browser.get(Http.uri(base, "/").toString());
    assertTrue(browser.getTitle().contains("机动车企业政务服务平台"), browser.getTitle());
    Browser.screenshot(browser, "landing");

    Browser.clickAndWait(browser, By.id("landing-login"));
    browser.findElement(By.id("login:loginName")).sendKeys("demo-enterprise");
    browser.findElement(By.id("login:password")).sendKeys("wrong-password");
    Browser.clickAndWait(browser, By.id("login:submit"));
    assertTrue(browser.findElement(By.id("login:messages")).getText().contains("登录名或密码错误"));
    assertEquals(
        "demo-enterprise", browser.findElement(By.id("login:loginName")).getAttribute("value"));

    browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
    Browser.clickAndWait(browser, By.id("login:submit"));
    assertTrue(
        browser.findElement(By.id("code-sent")).getText().endsWith("138****0001"),
        "the code went to the account's own number");
    Browser.enterCode(browser, base, "demo-enterprise");
    assertEquals("欢迎，演示汽车有限公司", browser.findElement(By.id("welcome")).getText());
    assertEquals("企业法人", browser.findElement(By.id("role")).getText());
    assertEquals("91350100M000100Y43", browser.findElement(By.id("creditCode")).getText());
    Browser.screenshot(browser, "home-zh");

    Browser.clickAndWait(browser, By.id("lang-en"));
    assertEquals("Welcome, 演示汽车有限公司", browser.findElement(By.id("welcome")).getText());
    assertEquals("Enterprise (legal person)", browser.findElement(By.id("role")).getText());
    Browser.screenshot(browser, "home-en");

    Browser.clickAndWait(browser, By.id("signOut:submit"));
    assertTrue(browser.findElement(By.id("landing-login")).isDisplayed());
    browser.get(Http.uri(base, "/app/home.xhtml").toString());
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void shouldLetTheCodeAlreadySentBeEnteredWithinTheMinute() {
    var account = Portal.create(base, "ENTERPRISE", "110108", null);
    passwordStep(browser, account.login());
    assertTrue(browser.findElement(By.id("code-sent")).isDisplayed());
    // the user gives up, comes back in another window and signs in again within the minute
    WebDriver again = Browser.start();
    try {
      passwordStep(again, account.login());
      String notice = again.findElement(By.id("login:messages")).getText();
      assertTrue(notice.contains("请输入已收到的验证码"), notice);
      assertFalse(again.findElement(By.id("login:restart")).isEnabled(), "no new code yet");
      assertTrue(
          again.findElement(By.id("resend-wait")).getText().matches("可重新获取验证码：\\d{1,2}秒后"),
          again.findElement(By.id("resend-wait")).getText());
      String sent = Http.get(base, "/it/code?login=" + Portal.enc(account.login())).body();
      assertTrue(
          again.findElement(By.id("demo-code")).getText().endsWith(sent),
          "demo mode shows the code already sent");
      Browser.screenshot(again, "login-code-already-sent");
      Browser.enterCode(again, base, account.login());
      assertTrue(again.getCurrentUrl().endsWith("/app/home.xhtml"), again.getCurrentUrl());
    } finally {
      again.quit();
    }
  }

  @Test
  void shouldResetAForgottenPasswordFromTheSignInPage() {
    var account = Portal.create(base, "ENTERPRISE", "110108", null);
    browser.get(Http.uri(base, "/login.xhtml").toString());
    Browser.clickAndWait(browser, By.id("link-forgot"));
    browser.findElement(By.id("reset:identifier")).sendKeys(account.login());
    Browser.clickAndWait(browser, By.id("reset:send"));
    assertTrue(browser.findElement(By.id("reset:messages")).getText().contains("如该账号存在"));
    String code = Http.get(base, "/it/code?login=" + Portal.enc(account.login())).body();
    browser.findElement(By.id("reset:smsCode")).sendKeys(code);
    browser.findElement(By.id("reset:newPassword")).sendKeys("short");
    browser.findElement(By.id("reset:confirmation")).sendKeys("short");
    Browser.clickAndWait(browser, By.id("reset:submit"));
    assertFalse(
        browser.findElements(By.cssSelector(".ui-message-error")).isEmpty(), "the rule named");
    Browser.screenshot(browser, "reset-refused");
    browser.findElement(By.id("reset:smsCode")).clear();
    browser.findElement(By.id("reset:smsCode")).sendKeys(code);
    browser.findElement(By.id("reset:newPassword")).sendKeys("Reset#Br2026x");
    browser.findElement(By.id("reset:confirmation")).sendKeys("Reset#Br2026x");
    Browser.clickAndWait(browser, By.id("reset:submit"));
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("login:messages")).getText().contains("密码已重置"));
    Browser.signIn(browser, base, account.login(), "Reset#Br2026x");
    assertTrue(browser.getCurrentUrl().endsWith("/app/home.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void shouldOfferADealerItsOwnBusinessesOnly() {
    signIn("demo-dealer");
    Browser.clickAndWait(browser, By.id("nav-filings"));
    assertFalse(
        browser.findElements(By.cssSelector("button[data-type='export-filing']")).isEmpty(),
        "the export filing is offered");
    assertTrue(
        browser.findElements(By.cssSelector("button[data-type='coc-enterprise-change']")).isEmpty(),
        "合格证企业信息变更 is a manufacturer's service");
  }

  @Test
  void shouldTakeAMobileChangeRequestWithoutLosingWhatWasTyped() {
    var account = Portal.create(base, "AGENT", null, null);
    String idNumber = Http.get(base, "/it/id-number?login=" + Portal.enc(account.login())).body();
    String newMobile = "135" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
    String scan =
        java.nio.file.Path.of("../ejb/src/test/resources/vectors/files/rgb.png")
            .toAbsolutePath()
            .normalize()
            .toString();
    browser.get(Http.uri(base, "/login.xhtml").toString());
    Browser.clickAndWait(browser, By.id("link-mobile"));
    browser.findElement(By.id("change:loginName")).sendKeys(account.login());
    browser.findElement(By.id("change:name")).sendKeys("冒名者");
    browser.findElement(By.id("change:idNumber")).sendKeys(idNumber);
    browser.findElement(By.id("change:newMobile")).sendKeys(newMobile);
    Browser.clickAndWait(browser, By.id("change:send"));
    browser.findElement(By.id("change:smsCode")).sendKeys(Portal.code(base, newMobile));
    browser.findElement(By.id("change:password")).sendKeys(Portal.PASSWORD);
    browser.findElement(By.id("change:idScan")).sendKeys(scan);
    // a name that is not the verified one: refused, named; what was typed stays
    Browser.clickAndWait(browser, By.id("change:submit"));
    assertTrue(
        browser.findElement(By.id("change:messages")).getText().contains("实名认证信息不一致"),
        browser.findElement(By.id("change:messages")).getText());
    assertEquals(newMobile, browser.findElement(By.id("change:newMobile")).getAttribute("value"));
    // the chosen scan is chosen again for the user, and said so
    String kept =
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
            .until(d -> d.findElement(By.id("change:idScan-kept")))
            .getText();
    assertEquals("已保留您上次选择的文件：rgb.png", kept);
    Browser.screenshot(browser, "mobile-change-refused");
    browser.findElement(By.id("change:name")).clear();
    browser.findElement(By.id("change:name")).sendKeys("测试经办人");
    browser.findElement(By.id("change:password")).sendKeys(Portal.PASSWORD);
    Browser.clickAndWait(browser, By.id("change:submit"));
    String filed = browser.findElement(By.id("change:messages")).getText();
    assertTrue(filed.contains("申请已提交，编号 MCH-"), filed);
    String number = filed.replaceAll("(?s).*(MCH-\\d{4}-\\d{6}).*", "$1");

    // an administrator finds it on the workbench, compares the scan and refuses it with a reason,
    // which the applicant reads at the new number
    var admin = Portal.create(base, "ADMIN");
    String token = Portal.token(base, admin.login(), Portal.PASSWORD);
    String queue =
        Portal.api(base, "GET", "/api/v1/review/filings?type=mobile-change", token, null).body();
    long id =
        jakarta.json.Json.createReader(new java.io.StringReader(queue))
            .readObject()
            .getJsonArray("rows")
            .stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(r -> r.getString("number").equals(number))
            .findFirst()
            .orElseThrow(() -> new AssertionError(number + " not in the queue: " + queue))
            .getJsonNumber("id")
            .longValue();
    WebDriver staff = Browser.start();
    try {
      Browser.signIn(staff, base, admin.login(), Portal.PASSWORD);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String page = staff.findElement(By.tagName("main")).getText();
      assertTrue(
          page.contains("手机号修改") && page.contains(newMobile) && page.contains("rgb.png"), page);
      Browser.clickAndWait(staff, By.id("review:claim"));
      Browser.retype(staff, "review:remark", "证件扫描件不清晰");
      Browser.clickAndWait(staff, By.id("review:reject"));
      String back = staff.findElement(By.tagName("main")).getText();
      assertTrue(back.contains("申请" + number + "已处理"), back);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String decided = staff.findElement(By.tagName("main")).getText();
      assertTrue(decided.contains("审核不通过") && decided.contains("证件扫描件不清晰"), decided);
      Browser.screenshot(staff, "mobile-change-rejected-by-admin");
    } finally {
      staff.quit();
    }
    String outbox = Portal.api(base, "GET", "/api/v1/admin/outbox", token, null).body();
    assertTrue(outbox.contains(number + "审核不通过：证件扫描件不清晰") && outbox.contains(newMobile), outbox);
  }

  private void passwordStep(WebDriver d, String login) {
    d.get(Http.uri(base, "/login.xhtml").toString());
    d.findElement(By.id("login:loginName")).sendKeys(login);
    d.findElement(By.id("login:password")).sendKeys(Portal.PASSWORD);
    Browser.clickAndWait(d, By.id("login:submit"));
  }

  @Test
  void shouldShowTheSameCreditCodeMessagesInAFormAsTheRestApiGives() {
    browser.get(Http.uri(base, "/tools/identifiers.xhtml").toString());
    browser.findElement(By.id("check:creditCode")).sendKeys(" 1111111111aaaaaaaa");
    browser.findElement(By.id("check:plate")).sendKeys("京a·12345");
    Browser.clickAndWait(browser, By.id("check:submit"));
    Browser.screenshot(browser, "identifiers-check");
    String form = browser.findElement(By.id("check:creditCodeMessages")).getText();

    var rest = Http.get(base, "/api/v1/identifiers/uscc/%201111111111aaaaaaaa", "zh-CN");
    var messages =
        jakarta.json.Json.createReader(new java.io.StringReader(rest.body()))
            .readObject()
            .getJsonArray("messages");
    assertEquals(2, messages.size(), rest.body());
    for (int i = 0; i < messages.size(); i++) {
      assertTrue(form.contains(messages.getString(i)), form + " lacks " + messages.getString(i));
    }
    assertTrue(form.contains("统一社会信用代码第18位校验码错误"), form);
    assertEquals(
        " 1111111111aaaaaaaa",
        browser.findElement(By.id("check:creditCode")).getAttribute("value"),
        "what the user typed is kept for correction");

    browser.findElement(By.id("check:creditCode")).clear();
    browser.findElement(By.id("check:creditCode")).sendKeys("91350100M000100Y43");
    Browser.clickAndWait(browser, By.id("check:submit"));
    assertEquals(
        "“91350100M000100Y43”格式正确",
        browser.findElement(By.id("check:creditCodeMessages")).getText());
    assertEquals("“京A12345”格式正确", browser.findElement(By.id("check:plateMessages")).getText());
  }

  @Test
  void shouldLetAnAdministratorEnterNextYearsHolidaysWithoutARelease() {
    var before = Http.get(base, "/api/v1/working-days?from=2026-12-30&days=2", "zh-CN");
    assertEquals(422, before.statusCode());
    assertTrue(before.body().contains("2027年的节假日安排尚未录入"), before.body());

    signIn("demo-admin");
    Browser.clickAndWait(browser, By.id("nav-calendar"));
    browser.findElement(By.id("calendar:year")).sendKeys("2027");
    browser.findElement(By.id("calendar:noticeTitle")).sendKeys("国务院办公厅关于2027年部分节假日安排的通知");
    browser
        .findElement(By.id("calendar:lines"))
        .sendKeys("2027-01-01~2027-01-03 放假 元旦\n2027-02-30 上班 春节");
    Browser.clickAndWait(browser, By.id("calendar:submit"));
    assertEquals("节假日安排第2行的日期不存在", browser.findElement(By.id("calendar:linesMessages")).getText());
    assertEquals(422, Http.get(base, "/api/v1/working-days?from=2026-12-30&days=2").statusCode());

    var lines = browser.findElement(By.id("calendar:lines"));
    lines.clear();
    lines.sendKeys("2027-01-01~2027-01-03 放假 元旦\n2027-01-04 上班 元旦");
    Browser.clickAndWait(browser, By.id("calendar:submit"));
    assertEquals("2027年的节假日安排已保存（2条）", browser.findElement(By.id("calendar:messages")).getText());
    assertTrue(browser.findElement(By.id("years")).getText().contains("2027"));
    var after = Http.get(base, "/api/v1/working-days?from=2026-12-30&days=2");
    assertEquals(200, after.statusCode(), after.body());
    assertTrue(after.body().contains("\"deadline\":\"2027-01-04\""), after.body());
  }

  @Test
  void shouldLetAnAdministratorAddAndRetireACode() {
    signIn("demo-admin");
    browser.get(Http.uri(base, "/admin/reference-codes.xhtml?category=use_nature").toString());
    browser.findElement(By.id("edit:code")).sendKeys("T");
    browser.findElement(By.id("edit:nameZh")).sendKeys("网约车");
    browser.findElement(By.id("edit:nameEn")).sendKeys("Ride-hailing");
    Browser.clickAndWait(browser, By.id("edit:submit"));
    assertEquals("代码“T”已保存", browser.findElement(By.id("messages")).getText());
    assertTrue(Http.get(base, "/api/v1/reference-codes/use_nature").body().contains("网约车"));

    var row =
        browser.findElements(By.cssSelector("#codes\\:table tbody tr")).stream()
            .filter(r -> r.getText().contains("网约车"))
            .findFirst()
            .orElseThrow();
    var page = browser.findElement(By.tagName("html"));
    row.findElement(By.tagName("button")).click();
    Browser.waitUntilGone(browser, page); // Chromium may answer "not in the document", not stale
    assertEquals("代码“T”已停用", browser.findElement(By.id("messages")).getText());
    assertFalse(Http.get(base, "/api/v1/reference-codes/use_nature").body().contains("网约车"));
  }

  @Test
  void shouldShowARegistrationCodeInTheAdministratorsOutbox() {
    String mobile = "138" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
    var sent =
        Http.post(
            base, "/api/v1/verification-codes?channel=sms&address=" + mobile, "text/plain", "");
    assertEquals(202, sent.statusCode(), sent.body());
    var again =
        Http.post(
            base, "/api/v1/verification-codes?channel=sms&address=" + mobile, "text/plain", "");
    assertEquals(429, again.statusCode());
    assertTrue(again.body().contains("请60秒后再获取"), again.body());

    signIn("demo-admin");
    Browser.clickAndWait(browser, By.id("nav-outbox"));
    String outbox = browser.findElement(By.id("messages")).getText();
    assertTrue(outbox.contains(mobile), outbox);
    // live codes are masked for administrators: only the person signing in may read one
    assertTrue(outbox.contains("验证码为******，5分钟内有效，仅用于注册"), outbox);
    assertFalse(outbox.matches("(?s).*验证码为\\d{6}.*"), outbox);
  }

  @Test
  void shouldKeepAdministrationPagesFromOtherRoles() {
    signIn("demo-enterprise");
    for (String page :
        new String[] {
          "/admin/calendar.xhtml", "/admin/outbox.xhtml", "/admin/reference-codes.xhtml"
        }) {
      browser.get(Http.uri(base, page).toString());
      assertTrue(browser.getPageSource().contains("无权访问"), page);
    }
  }

  private void signIn(String login) {
    Browser.signIn(browser, base, login, DEMO_PASSWORD);
  }

  @Test
  void shouldNameTheFieldWhenTheNewPasswordIsRefused() {
    signIn("demo-agent");
    Browser.clickAndWait(browser, By.id("nav-password"));

    browser.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("password:newPassword")).sendKeys("short1!");
    browser.findElement(By.id("password:confirmation")).sendKeys("short1!");
    Browser.clickAndWait(browser, By.id("password:submit"));
    String page = browser.findElement(By.id("password")).getText();
    Browser.screenshot(browser, "password-refused");
    assertTrue(page.contains("密码长度须为9-16个字符"), page);
  }

  @Test
  void shouldLetAnAdministratorCreateAStaffAccountThatMustChangeItsPasswordFirst() {
    String login = "sh" + Math.abs(new java.util.Random().nextInt(1_000_000));
    String mobile = "133" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
    signIn("demo-admin");
    Browser.clickAndWait(browser, By.id("nav-staff"));
    browser.findElement(By.id("staff:loginName")).sendKeys(login);
    browser.findElement(By.id("staff:displayName")).sendKeys("上海市商务委审核员");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("staff:role")))
        .selectByVisibleText("商务主管部门审核员");
    browser.findElement(By.id("staff:organisation")).sendKeys("上海市商务委员会");
    // the region from the picker (province → city → county), as staff pick it
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("staff:regionCode-level0")))
        .selectByVisibleText("上海市");
    assertEquals("310000", browser.findElement(By.id("staff:regionCode")).getAttribute("value"));
    assertTrue(
        browser.findElement(By.id("staff:regionCode-level1")).isDisplayed(),
        "the next level (its districts) offered");
    browser.findElement(By.id("staff:mobile")).sendKeys(mobile);
    browser.findElement(By.id("staff:email")).sendKeys(login + "@example.com");
    Browser.clickAndWait(browser, By.id("staff:submit"));
    assertTrue(
        browser.findElement(By.id("staff:messages")).getText().contains("一次性密码已发送至其手机"),
        browser.findElement(By.id("staff")).getText());
    assertTrue(browser.findElement(By.id("accounts")).getText().contains(login));
    assertTrue(
        browser.findElement(By.id("accounts")).getText().contains("上海市"),
        "the region by its name, not 310000");

    WebDriver newcomer = Browser.start();
    try {
      Browser.signIn(newcomer, base, login, cn.autogov.testing.Portal.code(base, mobile));
      assertTrue(
          newcomer.getCurrentUrl().endsWith("/app/account/password.xhtml"),
          newcomer.getCurrentUrl());
      assertTrue(newcomer.findElement(By.id("notice")).getText().contains("您的密码由他人设置"));
    } finally {
      newcomer.quit();
    }
  }
}
