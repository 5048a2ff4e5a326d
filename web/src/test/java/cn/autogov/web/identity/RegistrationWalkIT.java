package cn.autogov.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Portal.Account;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole identity walk in a real browser: registration with an SMS code, legal-person real-name
 * verification, staff approval, login with the SMS code read from the outbox, an agent's
 * application, the legal person's approval, and the agent acting for the enterprise.
 */
@Tag("browser")
@ExtendWith(Served.class)
class RegistrationWalkIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD = "Walk#Pass2026";
  private static final Path FILES =
      Path.of("../ejb/src/test/resources/vectors/files").toAbsolutePath().normalize();

  @Served.Base URL base;

  @Test
  void shouldWalkFromRegistrationToAnAgentActingForTheEnterprise() {
    String login = "walk" + Math.abs(RANDOM.nextInt(1_000_000));
    String mobile = "135" + String.format("%08d", RANDOM.nextInt(100_000_000));
    String creditCode = Fixtures.creditCode("110108");
    String enterpriseName = "北京漫步汽车" + login + "有限公司";

    WebDriver user = Browser.start();
    try {
      // 1. registration, the mobile number proven by its SMS code
      user.get(Http.uri(base, "/").toString());
      Browser.clickAndWait(user, By.id("nav-register"));
      user.findElement(By.id("register:loginName")).sendKeys(login);
      user.findElement(By.id("register:password")).sendKeys(PASSWORD);
      user.findElement(By.id("register:confirmation")).sendKeys(PASSWORD);
      user.findElement(By.id("register:email")).sendKeys(login + "@example.com");
      user.findElement(By.id("register:mobile")).sendKeys(mobile);
      user.findElement(By.id("register:sendCode")).click();
      new WebDriverWait(user, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("register:messages"), "验证码已发送"));
      user.findElement(By.id("register:smsCode")).sendKeys(Portal.code(base, mobile));
      Browser.clickAndWait(user, By.id("register:submit"));
      assertTrue(user.findElement(By.id("done")).getText().contains("注册成功"), user.getPageSource());
      Browser.screenshot(user, "walk-1-registered");

      // 2. login with the SMS code from the outbox
      Browser.signIn(user, base, login, PASSWORD);
      assertTrue(user.findElement(By.id("verify-notice")).getText().contains("尚未实名认证"));

      // 3. legal-person real-name verification, a filing of the account's own: a wrong credit
      // code first, then the right one
      Browser.clickAndWait(user, By.id("to-real-name"));
      assertTrue(
          user.findElements(By.cssSelector("button[data-type='account-recovery']")).size() == 1,
          "account recovery is offered to a natural person too");
      Browser.clickAndWait(user, By.cssSelector("button[data-type='real-name-legal-person']"));
      new Select(user.findElement(By.id("edit:enterpriseType"))).selectByVisibleText("企业");
      user.findElement(By.id("edit:creditCode")).sendKeys("91110108MA0000000");
      user.findElement(By.id("edit:organisationName")).sendKeys(enterpriseName);
      new Select(user.findElement(By.id("edit:legalPersonType"))).selectByVisibleText("企业法人");
      user.findElement(By.id("edit:legalRepresentative")).sendKeys("孙法人");
      new Select(user.findElement(By.id("edit:idType"))).selectByVisibleText("居民身份证");
      user.findElement(By.id("edit:idNumber")).sendKeys("350102198001010011");
      user.findElement(By.id("edit:address")).sendKeys("北京市海淀区中关村大街1号");
      fileInput(user, "edit:idScan").sendKeys(FILES.resolve("minimal.pdf").toString());
      fileInput(user, "edit:licenceScan").sendKeys(FILES.resolve("rgb.png").toString());
      Browser.clickAndWait(user, By.id("edit:submit"));
      String refused = user.findElement(By.cssSelector(".ag-summary")).getText();
      assertTrue(refused.contains("统一社会信用代码长度为17位，应为18位"), refused);
      assertEquals(
          enterpriseName,
          user.findElement(By.id("edit:organisationName")).getAttribute("value"),
          "the other input is kept");
      assertTrue(user.getPageSource().contains("rgb.png"), "the chosen files are kept");
      Browser.screenshot(user, "walk-3-refused");
      Browser.retype(user, "edit:creditCode", creditCode);
      Browser.clickAndWait(user, By.id("edit:submit"));
      assertTrue(
          user.findElement(By.id("status")).getText().startsWith("待审核"),
          user.findElement(By.tagName("main")).getText());
      Browser.screenshot(user, "walk-3-submitted");
    } finally {
      user.quit();
    }

    // 4. an administrator decides it on the workbench (人工实名认证)
    Account admin = Portal.create(base, "ADMIN");
    WebDriver staff = Browser.start();
    try {
      Browser.signIn(staff, base, admin.login(), Portal.PASSWORD);
      Browser.clickAndWait(staff, By.id("nav-workbench"));
      var row = staff.findElement(By.xpath("//tr[td[contains(., '" + login + "')]]"));
      Browser.screenshot(staff, "walk-4-queue");
      Browser.clickAndWait(staff, row, By.xpath(".//a[contains(@id,'open')]"));
      String detail = staff.findElement(By.tagName("main")).getText();
      assertTrue(detail.contains(creditCode) && detail.contains("企业法人"), detail);
      String filing = staff.getCurrentUrl();
      Browser.clickAndWait(staff, By.id("review:claim"));
      Browser.clickAndWait(staff, By.id("review:approve"));
      staff.get(filing);
      assertTrue(
          staff.findElement(By.id("status")).getText().startsWith("审核通过"),
          staff.findElement(By.tagName("main")).getText());
      Browser.screenshot(staff, "walk-4-approved");
    } finally {
      staff.quit();
    }

    // 5. an agent applies for the enterprise: a wrong name first, named on its field, the code kept
    Account agent = Portal.create(base, "AGENT");
    WebDriver person = Browser.start();
    try {
      Browser.signIn(person, base, agent.login(), Portal.PASSWORD);
      Browser.clickAndWait(person, By.id("nav-agent"));
      person.findElement(By.id("apply:enterpriseName")).sendKeys(enterpriseName + "分公司");
      person.findElement(By.id("apply:creditCode")).sendKeys(creditCode);
      Browser.clickAndWait(person, By.id("apply:submit"));
      String refused = person.findElement(By.id("apply")).getText();
      assertTrue(refused.contains("未找到名称与统一社会信用代码一致"), refused);
      assertEquals(creditCode, person.findElement(By.id("apply:creditCode")).getAttribute("value"));
      var name = person.findElement(By.id("apply:enterpriseName"));
      name.clear();
      name.sendKeys(enterpriseName);
      Browser.clickAndWait(person, By.id("apply:submit"));
      String filed = person.findElement(By.id("apply:messages")).getText();
      assertTrue(filed.contains("申请已提交（编号AGA-"), filed);
      assertTrue(person.findElement(By.id("authorisations")).getText().contains("待审核"));
      Browser.screenshot(person, "walk-5-agent-applied");
      person.get(Http.uri(base, "/app/agent/index.xhtml?lang=en").toString());
      String english = person.findElement(By.tagName("main")).getText();
      assertTrue(
          english.contains("Enterprises I act for") && english.contains("In review"), english);
      Browser.screenshot(person, "walk-5-agent-applied-en");
    } finally {
      person.quit();
    }

    // 6. the legal person, signed in with a fresh SMS code, approves it on the workbench
    WebDriver legal = Browser.start();
    try {
      Browser.signIn(legal, base, login, PASSWORD);
      assertEquals("企业法人", legal.findElement(By.id("role")).getText());
      Browser.clickAndWait(legal, By.id("nav-agents"));
      assertTrue(legal.findElement(By.id("waiting")).getText().contains("1"));
      Browser.clickAndWait(legal, By.id("to-workbench"));
      var waiting = legal.findElement(By.xpath("//tr[td[contains(., '经办人申请')]]"));
      Browser.clickAndWait(legal, waiting, By.xpath(".//a[contains(@id,'open')]"));
      String form = legal.findElement(By.tagName("main")).getText();
      assertTrue(form.contains(enterpriseName) && form.contains(creditCode), form);
      assertTrue(
          legal.findElements(By.id("review:assign")).isEmpty(), "a legal person decides alone");
      assertEquals("同意", legal.findElement(By.id("review:approve")).getText(), "the seed's words");
      assertEquals("拒绝", legal.findElement(By.id("review:reject")).getText());
      Browser.screenshot(legal, "walk-6-agent-application-on-workbench");
      Browser.clickAndWait(legal, By.id("review:approve"));
      assertTrue(legal.findElement(By.id("queue:messages")).getText().contains("已处理"));
      Browser.clickAndWait(legal, By.id("nav-agents"));
      assertTrue(legal.findElement(By.id("agents")).getText().contains(agent.login()));
      Browser.screenshot(legal, "walk-6-approved");
      // the approved application, opened from the list, offers 撤销 on the workbench too
      Browser.clickAndWait(legal, By.xpath("//form[@id='agents']//a[contains(@id,'open')]"));
      assertTrue(legal.findElement(By.id("review:revoke")).isDisplayed());
      assertTrue(legal.findElements(By.id("review:approve")).isEmpty(), "decided already");
      Browser.screenshot(legal, "walk-6-approved-on-workbench");

      // 7. the agent switches to the enterprise and changes its contact address
      WebDriver acting = Browser.start();
      try {
        Browser.signIn(acting, base, agent.login(), Portal.PASSWORD);
        Browser.clickAndWait(acting, By.id("nav-agent"));
        String applications = acting.findElement(By.id("authorisations")).getText();
        assertTrue(applications.contains("已同意"), applications);
        var mine =
            acting.findElement(
                By.xpath("//form[@id='actingFor']//tr[td[contains(., '" + creditCode + "')]]"));
        Browser.clickAndWait(acting, mine, By.xpath(".//button[contains(@id,'switch')]"));
        assertEquals(enterpriseName, acting.findElement(By.id("enterprise-name")).getText());
        assertEquals(enterpriseName, acting.findElement(By.id("switcher:acting-name")).getText());
        var address = acting.findElement(By.id("enterprise:address"));
        address.clear();
        address.sendKeys("北京市海淀区经办人新址8号");
        Browser.clickAndWait(acting, By.id("enterprise:save"));
        assertTrue(acting.findElement(By.id("enterprise:messages")).getText().contains("已保存"));
        Browser.screenshot(acting, "walk-7-agent-acts");
      } finally {
        acting.quit();
      }

      // the legal person sees who did it, for which enterprise
      Browser.clickAndWait(legal, By.id("nav-enterprise"));
      String activity = legal.findElement(By.id("activity")).getText();
      assertTrue(activity.contains("测试经办人 (" + agent.login() + ")"), activity);
      assertTrue(activity.contains("修改联系地址") && activity.contains("北京市海淀区经办人新址8号"), activity);

      // 8. the legal person revokes the agent with a reason: its application is 无效, access ends
      Browser.clickAndWait(legal, By.id("nav-agents"));
      legal.findElement(By.id("agents:remark")).sendKeys("已离职");
      var agentRow = legal.findElement(By.xpath("//tr[td[contains(., '" + agent.login() + "')]]"));
      Browser.clickAndWait(legal, agentRow, By.xpath(".//button[contains(@id,'revoke')]"));
      assertFalse(legal.findElement(By.id("agents")).getText().contains(agent.login()));
      WebDriver revoked = Browser.start();
      try {
        Browser.signIn(revoked, base, agent.login(), Portal.PASSWORD);
        Browser.clickAndWait(revoked, By.id("nav-agent"));
        String mine = revoked.findElement(By.id("authorisations")).getText();
        assertTrue(mine.contains("无效"), mine);
        assertFalse(revoked.findElement(By.id("actingFor")).getText().contains(creditCode));
        Browser.screenshot(revoked, "walk-8-agent-revoked");
      } finally {
        revoked.quit();
      }
    } finally {
      legal.quit();
    }
  }

  private static org.openqa.selenium.WebElement fileInput(WebDriver d, String id) {
    return d.findElement(By.xpath("//input[@type='file' and starts-with(@id,'" + id + "')]"));
  }
}
