package cn.autogov.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * 自然人实名认证 in a real browser, as a registered person meets it: from the workspace to the filing, an
 * expired document named beside its field with all else kept, a passport number normalised, a
 * permanent document (no end date), the administrator's refusal with a reason, the decision read in
 * Chinese and in English.
 */
@Tag("browser")
@ExtendWith(Served.class)
class RealNameBrowserIT {

  private static final Path PDF =
      Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf").toAbsolutePath().normalize();

  @Served.Base URL base;

  @Test
  void shouldLetANaturalPersonVerifyAndReadTheAdministratorsAnswer() {
    var person = Portal.create(base, "REGISTERED");
    var admin = Portal.create(base, "ADMIN");
    WebDriver me = Browser.start();
    WebDriver staff = Browser.start();
    try {
      Browser.signIn(me, base, person.login(), Portal.PASSWORD);
      Browser.clickAndWait(me, By.id("to-real-name"));
      String offered = me.findElement(By.id("start")).getText();
      assertTrue(
          offered.contains("法人实名认证")
              && offered.contains("自然人实名认证")
              && offered.contains("合格证系统用户信息找回"),
          offered);
      Browser.clickAndWait(me, By.cssSelector("button[data-type='real-name-natural-person']"));

      // an expired document: named beside its field, the rest and the chosen scan kept
      Browser.retype(me, "edit:name", "王五");
      Browser.choose(me, "edit:idType", "护照");
      Browser.retype(me, "edit:idNumber", "e1234 5678");
      date(me, "edit:validFrom", "2015-01-01");
      date(me, "edit:validUntil", "2020-01-01");
      Browser.retype(me, "edit:address", "北京市海淀区");
      me.findElement(By.cssSelector("input[type='file'][id^='edit:idScan']"))
          .sendKeys(PDF.toString());
      Browser.clickAndWait(me, By.id("edit:submit"));
      String summary = me.findElement(By.cssSelector(".ag-summary")).getText();
      assertTrue(summary.contains("证件有效结束日期") && summary.contains("过期"), summary);
      assertEquals("王五", me.findElement(By.id("edit:name")).getAttribute("value"));
      assertTrue(me.getPageSource().contains("minimal.pdf"), "the chosen scan is kept");
      Browser.screenshot(me, "realname-expired");

      // a permanent document: the end left blank
      date(me, "edit:validUntil", "");
      Browser.clickAndWait(me, By.id("edit:submit"));
      assertTrue(
          me.findElement(By.id("status")).getText().startsWith("待审核"),
          me.findElement(By.tagName("main")).getText());
      String filed = me.findElement(By.tagName("main")).getText();
      assertTrue(filed.contains("E12345678") && filed.contains("护照"), filed);
      String url = me.getCurrentUrl();

      // the administrator refuses it with a reason
      Browser.signIn(staff, base, admin.login(), Portal.PASSWORD);
      staff.get(url.replace("/app/filings/view", "/review/filings/view"));
      Browser.clickAndWait(staff, By.id("review:claim"));
      Browser.retype(staff, "review:remark", "证件扫描件不清晰");
      Browser.clickAndWait(staff, By.id("review:reject"));
      Browser.screenshot(staff, "realname-rejected-by-admin");

      // the person reads it, in Chinese and in English
      me.get(url);
      String zh = me.findElement(By.tagName("main")).getText();
      assertTrue(zh.contains("审核不通过") && zh.contains("证件扫描件不清晰"), zh);
      Browser.screenshot(me, "realname-rejected");
      me.get(Http.uri(base, "/app/filings/index.xhtml?lang=en").toString());
      String en = me.findElement(By.tagName("main")).getText();
      assertTrue(
          en.contains("Natural-person real-name verification") && en.contains("Rejected"), en);
      Browser.screenshot(me, "realname-list-en");
    } finally {
      me.quit();
      staff.quit();
    }
  }

  private static void date(WebDriver d, String id, String value) {
    ((JavascriptExecutor) d)
        .executeScript("arguments[0].value = arguments[1]", d.findElement(By.id(id)), value);
  }
}
