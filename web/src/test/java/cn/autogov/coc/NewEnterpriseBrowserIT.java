package cn.autogov.coc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 新增企业备案 (seed 000 §一) in Chinese, from registration to the new enterprise's first sign-in: a
 * person registers, has the real name verified, files the manufacturer (someone else's ID as the
 * authorised person is refused beside its field, the rest and the chosen files kept), the centre
 * approves, the person reads the login name in the inbox, and the new account signs in with the
 * one-time password, must change it, and sees its enterprise with its 合格证企业代码.
 */
@Tag("browser")
@ExtendWith(Served.class)
class NewEnterpriseBrowserIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD = "Walk#Pass2026";
  private static final String ID_NUMBER = "440106190211159974";
  private static final Path FILES =
      Path.of("../ejb/src/test/resources/vectors/files").toAbsolutePath().normalize();

  @Served.Base URL base;

  private static WebElement fileInput(WebDriver d, String id) {
    return d.findElement(By.cssSelector("input[type='file'][id^='" + id + "']"));
  }

  private static void date(WebDriver d, String id, String value) {
    ((JavascriptExecutor) d)
        .executeScript("arguments[0].value = arguments[1]", d.findElement(By.id(id)), value);
  }

  @Test
  void shouldGoFromRegistrationToTheNewEnterprisesFirstSignIn() {
    String login = "nef" + Math.abs(RANDOM.nextInt(1_000_000));
    String mobile = "136" + String.format("%08d", RANDOM.nextInt(100_000_000));
    String creditCode = Fixtures.creditCode("120116");
    String code = NewEnterpriseFilingIT.randomCertificateCode();
    String enterprise = "天津示例专用车" + login + "有限公司";

    WebDriver person = Browser.start();
    WebDriver centre = Browser.start();
    WebDriver maker = Browser.start();
    try {
      // 1. registration, then 自然人实名认证 as a filing of the account's own
      person.get(Http.uri(base, "/register.xhtml").toString());
      person.findElement(By.id("register:loginName")).sendKeys(login);
      person.findElement(By.id("register:password")).sendKeys(PASSWORD);
      person.findElement(By.id("register:confirmation")).sendKeys(PASSWORD);
      person.findElement(By.id("register:email")).sendKeys(login + "@example.com");
      person.findElement(By.id("register:mobile")).sendKeys(mobile);
      person.findElement(By.id("register:sendCode")).click();
      new WebDriverWait(person, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("register:messages"), "验证码已发送"));
      person.findElement(By.id("register:smsCode")).sendKeys(Portal.code(base, mobile));
      Browser.clickAndWait(person, By.id("register:submit"));
      Browser.signIn(person, base, login, PASSWORD);
      Browser.clickAndWait(person, By.id("to-real-name"));
      Browser.clickAndWait(person, By.cssSelector("button[data-type='real-name-natural-person']"));
      String verification = person.getCurrentUrl().replaceAll(".*id=", "");
      person.findElement(By.id("edit:name")).sendKeys("钱授权");
      new Select(person.findElement(By.id("edit:idType"))).selectByVisibleText("居民身份证");
      person.findElement(By.id("edit:idNumber")).sendKeys(ID_NUMBER);
      date(person, "edit:validFrom", "2020-01-01");
      person.findElement(By.id("edit:address")).sendKeys("天津市滨海新区授权路1号");
      fileInput(person, "edit:idScan").sendKeys(FILES.resolve("minimal.pdf").toString());
      Browser.clickAndWait(person, By.id("edit:submit"));
      assertTrue(
          person.findElement(By.id("status")).getText().startsWith("待审核"),
          person.findElement(By.tagName("main")).getText());
      Api admin = Api.of(base, "ADMIN", null);
      admin.expect(200, "POST", "/review/filings/" + verification + "/claim", null);
      admin.expect(
          200,
          "POST",
          "/review/filings/" + verification + "/decisions",
          "{\"decision\":\"APPROVE\"}");

      // 2. 新增企业备案: someone else's ID as the authorised person is refused beside its field
      Browser.signIn(person, base, login, PASSWORD);
      person.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      Browser.clickAndWait(person, By.cssSelector("button[data-type='coc-new-enterprise']"));
      String number = person.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
      assertTrue(number.startsWith("NEF-"), number);
      String id = person.getCurrentUrl().replaceAll(".*id=", "");
      WebElement before = person.findElement(By.tagName("html"));
      new Select(person.findElement(By.id("edit:listing"))).selectByVisibleText("非公告企业");
      Browser.waitUntilGone(person, before); // the checklist follows the category: a new page
      Browser.retype(person, "edit:creditCode", creditCode);
      Browser.retype(person, "edit:enterpriseName", enterprise);
      Browser.retype(person, "edit:legalRepresentative", "吴法人");
      Browser.retype(person, "edit:registeredAddress", "天津市滨海新区示例路1号");
      Browser.retype(person, "edit:productionAddress", "天津市滨海新区示例路2号");
      Browser.retype(person, "edit:certificateCode", code.toLowerCase(Locale.ROOT));
      Browser.retype(person, "edit:authorisedName", "钱授权");
      Browser.retype(person, "edit:authorisedIdNumber", "110101190001019991");
      for (String slot :
          new String[] {"licence", "letter", "legalPersonIdScan", "authorisedIdScan"}) {
        fileInput(person, "edit:" + slot).sendKeys(FILES.resolve("minimal.pdf").toString());
      }
      Browser.clickAndWait(person, By.id("edit:submit"));
      String summary = person.findElement(By.cssSelector(".ag-summary")).getText();
      assertTrue(summary.contains("被授权人身份证号码与您实名认证的身份证号码不一致"), summary);
      assertEquals(
          enterprise, person.findElement(By.id("edit:enterpriseName")).getAttribute("value"));
      assertEquals(code, person.findElement(By.id("edit:certificateCode")).getAttribute("value"));
      assertTrue(person.getPageSource().contains("minimal.pdf"), "the chosen files are kept");
      Browser.screenshot(person, "new-enterprise-1-not-you");
      Browser.retype(person, "edit:authorisedIdNumber", ID_NUMBER);
      Browser.clickAndWait(person, By.id("edit:submit"));
      assertTrue(person.findElement(By.id("status")).getText().startsWith("待审核"));

      // 3. the centre approves
      var reviewer = Portal.create(base, "CERTIFICATION_CENTRE");
      Browser.signIn(centre, base, reviewer.login(), Portal.PASSWORD);
      centre.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String form = centre.findElement(By.id("fields")).getText();
      assertTrue(form.contains(enterprise) && form.contains(code), form);
      Browser.clickAndWait(centre, By.id("review:claim"));
      Browser.clickAndWait(centre, By.id("review:approve"));
      Browser.screenshot(centre, "new-enterprise-2-approved");

      // 4. the filer reads the new login name
      String newLogin = code.toLowerCase(Locale.ROOT);
      person.get(Http.uri(base, "/app/inbox.xhtml").toString());
      String inbox = person.findElement(By.tagName("main")).getText();
      assertTrue(inbox.contains("企业的合格证系统登录名为" + newLogin), inbox);
      Browser.screenshot(person, "new-enterprise-3-inbox");

      // 5. the new account's first sign-in: the one-time password, changed at once
      String otp = Portal.code(base, mobile);
      Browser.signIn(maker, base, newLogin, otp);
      assertTrue(
          maker.getCurrentUrl().endsWith("/app/account/password.xhtml"), maker.getCurrentUrl());
      maker.findElement(By.id("password:current")).sendKeys(otp);
      maker.findElement(By.id("password:newPassword")).sendKeys("New#Maker2026");
      maker.findElement(By.id("password:confirmation")).sendKeys("New#Maker2026");
      Browser.clickAndWait(maker, By.id("password:submit"));
      maker.get(Http.uri(base, "/app/enterprise/index.xhtml").toString());
      assertEquals(enterprise, maker.findElement(By.id("enterprise-name")).getText());
      assertEquals(code, maker.findElement(By.id("certificate-code")).getText());
      Browser.screenshot(maker, "new-enterprise-4-first-sign-in");
    } finally {
      person.quit();
      centre.quit();
      maker.quit();
    }
  }
}
