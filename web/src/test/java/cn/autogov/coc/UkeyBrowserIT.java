package cn.autogov.coc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 合格证系统U盾申领 as its users walk it: the manufacturer fills the form (a mistake named beside its
 * field, the rest kept; the address's region picked), the centre approves and records 已寄出 with the
 * courier and tracking number, the manufacturer reads it (also in English) and confirms receipt.
 */
@Tag("browser")
@ExtendWith(Served.class)
class UkeyBrowserIT {

  @Served.Base URL base;

  @Test
  void shouldAskForKeysAndConfirmTheirReceipt() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    WebDriver maker = Browser.start();
    WebDriver reviewer = Browser.start();
    try {
      Browser.signIn(maker, base, ent.login(), Portal.PASSWORD);
      maker.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='coc-ukey']"));
      String number = maker.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
      assertTrue(number.startsWith("UKY-"), number);
      String id = maker.getCurrentUrl().replaceAll(".*id=", "");

      // no key asked for: named beside the field, the rest as typed
      Browser.retype(maker, "edit:keyCount", "0");
      Browser.retype(maker, "edit:recipient", "张收件");
      Browser.retype(maker, "edit:recipientMobile", "13812345678");
      Browser.retype(maker, "edit:mailingAddress", "U盾路1号");
      var province =
          new WebDriverWait(maker, Duration.ofSeconds(5))
              .until(d -> d.findElement(By.id("edit:mailingAddress-level0")));
      new Select(province).selectByVisibleText("北京市");
      var city =
          new WebDriverWait(maker, Duration.ofSeconds(5))
              .until(d -> d.findElement(By.id("edit:mailingAddress-level1")));
      new Select(city).selectByIndex(1);
      var county =
          new WebDriverWait(maker, Duration.ofSeconds(5))
              .until(d -> d.findElement(By.id("edit:mailingAddress-level2")));
      new Select(county).selectByVisibleText("海淀区");
      assertEquals(
          "北京市海淀区U盾路1号", maker.findElement(By.id("edit:mailingAddress")).getAttribute("value"));
      Browser.clickAndWait(maker, By.id("edit:submit"));
      String page = maker.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("申领数量至少为1个"), page);
      assertEquals("张收件", maker.findElement(By.id("edit:recipient")).getAttribute("value"));
      assertEquals(
          "北京市海淀区U盾路1号", maker.findElement(By.id("edit:mailingAddress")).getAttribute("value"));
      Browser.screenshot(maker, "ukey-1-no-key");
      Browser.retype(maker, "edit:keyCount", "2");
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(maker.findElement(By.id("status")).getText().startsWith("待审核"));

      // the centre approves, then posts them: the courier and number are required
      Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String form = reviewer.findElement(By.id("fields")).getText();
      assertTrue(form.contains("申领数量（个） 2") && form.contains("北京市海淀区U盾路1号"), form);
      Browser.clickAndWait(reviewer, By.id("review:claim"));
      Browser.clickAndWait(reviewer, By.id("review:approve"));
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      assertTrue(reviewer.findElement(By.id("review:fulfil")).getText().contains("已寄出"));
      Browser.clickAndWait(reviewer, By.id("review:fulfil"));
      assertTrue(
          reviewer.findElement(By.id("review:fulfilment")).getText().contains("快递公司及运单号不能为空"));
      reviewer.findElement(By.id("review:datum")).sendKeys("EMS 1100123456789");
      Browser.clickAndWait(reviewer, By.id("review:fulfil"));
      assertTrue(
          reviewer.findElements(By.id("review:fulfil")).isEmpty(), "receipt is not the centre's");
      Browser.screenshot(reviewer, "ukey-2-shipped");

      // the manufacturer sees its step in its list, reads where its keys are (in English too) and
      // confirms receipt
      maker.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      String row = Browser.rowOf(maker, number).getText();
      assertTrue(row.contains("待您办理：已签收"), row);
      maker.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id + "&lang=en").toString());
      String english = maker.findElement(By.id("filing:fulfilment")).getText();
      assertTrue(english.contains("Your step") && english.contains("Received"), english);
      Browser.screenshot(maker, "ukey-3-your-step-en");
      maker.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id + "&lang=zh").toString());
      String timeline = maker.findElement(By.id("timeline")).getText();
      assertTrue(timeline.contains("已寄出") && timeline.contains("EMS 1100123456789"), timeline);
      assertTrue(maker.findElement(By.id("filing:fulfil")).getText().contains("确认已签收"));
      Browser.clickAndWait(maker, By.id("filing:fulfil"));
      assertTrue(maker.findElement(By.id("filing:messages")).getText().contains("已确认：已签收"));
      assertTrue(maker.findElements(By.id("filing:fulfil")).isEmpty());
      assertTrue(maker.findElement(By.id("timeline")).getText().contains("已签收"));
      assertTrue(maker.findElement(By.id("status")).getText().contains("办理完毕"));
      Browser.screenshot(maker, "ukey-4-received");
    } finally {
      maker.quit();
      reviewer.quit();
    }
  }
}
