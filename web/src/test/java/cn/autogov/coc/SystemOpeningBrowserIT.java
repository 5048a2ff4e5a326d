package cn.autogov.coc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.filing.Exchange;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 配置信息系统开通 as a manufacturer and the certification centre walk it, in Chinese: plant rows typed (a
 * change without its code named by row and column, the rest kept), the tax bureau's sheet chosen,
 * the centre approves; the manufacturer reads 待开通 with its new plants' codes, and 已开通 once the tax
 * side confirmed (also in English); the centre's list filters by status.
 */
@Tag("browser")
@ExtendWith(Served.class)
class SystemOpeningBrowserIT {

  private static final Path PDF =
      Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf").toAbsolutePath().normalize();

  @Served.Base URL base;

  private static List<WebElement> rows(WebDriver d) {
    return d.findElements(By.cssSelector("#rows-plants tbody tr"));
  }

  private static void cell(WebDriver d, int row, String column, String text) {
    WebElement input =
        rows(d).get(row).findElement(By.cssSelector("[name$='." + row + "." + column + "']"));
    if ("select".equals(input.getTagName())) {
      new Select(input).selectByVisibleText(text);
    } else {
      input.clear();
      input.sendKeys(text);
    }
  }

  @Test
  void shouldOpenTheConfigurationSystemForTwoPlants() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    WebDriver maker = Browser.start();
    WebDriver reviewer = Browser.start();
    try {
      Browser.signIn(maker, base, ent.login(), Portal.PASSWORD);
      maker.get(Http.uri(base, "/app/enterprise/index.xhtml").toString());
      Browser.clickAndWait(maker, By.id("to-openings"));
      assertTrue(maker.findElement(By.id("openings")).getText().contains("尚无系统开通"));
      Browser.clickAndWait(maker, By.id("apply"));
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='coc-config-opening']"));
      String number = maker.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
      assertTrue(number.startsWith("CIO-"), number);
      String id = maker.getCurrentUrl().replaceAll(".*id=", "");

      Browser.retype(maker, "edit:contactPerson", "王联系");
      Browser.retype(maker, "edit:contactMobile", "13912345678");
      cell(maker, 0, "action", "变更生产厂");
      cell(maker, 0, "plantName", "一厂");
      cell(maker, 0, "province", "北京市");
      cell(maker, 0, "address", "北京市顺义区汽车路1号");
      maker.findElement(By.id("add-plants")).click();
      cell(maker, 1, "action", "新增生产厂");
      cell(maker, 1, "plantName", "二厂");
      cell(maker, 1, "province", "广东省");
      cell(maker, 1, "address", "广东省广州市番禺区汽车城路2号");
      maker
          .findElement(By.cssSelector("input[type='file'][id^='edit:priceInfoSheet']"))
          .sendKeys(PDF.toString());
      Browser.clickAndWait(maker, By.id("edit:submit"));
      String summary = maker.findElement(By.cssSelector(".ag-summary")).getText();
      assertTrue(summary.contains("生产厂第1行「生产厂代码」"), summary);
      assertTrue(summary.contains("变更生产厂须写明所变更生产厂的代码"), summary);
      assertEquals(2, rows(maker).size());
      assertTrue(maker.getPageSource().contains("minimal.pdf"), "the chosen sheet is kept");
      Browser.screenshot(maker, "opening-1-change-without-code");
      cell(maker, 0, "action", "新增生产厂");
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(maker.findElement(By.id("status")).getText().startsWith("待审核"));

      Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String form = reviewer.findElement(By.id("fields")).getText();
      assertTrue(form.contains("二厂") && form.contains("广东省"), form);
      Browser.clickAndWait(reviewer, By.id("review:claim"));
      Browser.clickAndWait(reviewer, By.id("review:approve"));

      maker.get(Http.uri(base, "/app/enterprise/openings.xhtml").toString());
      assertEquals("待开通", maker.findElement(By.id("status-" + number)).getText());
      String plants = maker.findElement(By.id("plants")).getText();
      assertTrue(
          plants.contains("P01") && plants.contains("P02") && plants.contains("广东省"), plants);
      Browser.screenshot(maker, "opening-2-awaiting");

      // the tax side confirms it opened the system
      Api admin = Api.of(base, "ADMIN", null);
      JsonObject tax = Exchange.newClientOf(admin, "TAX", "TAX_OPENING_CONFIRM");
      var opened =
          Exchange.send(
              Exchange.https(
                  "/api/v1/exchange/tax/openings/" + number + "/confirmation?result=OPENED"),
              "POST",
              new byte[0],
              Exchange.basic(tax.getString("clientId"), tax.getString("secret")),
              null);
      assertEquals(200, opened.status(), opened.body());
      maker.get(Http.uri(base, "/app/enterprise/openings.xhtml").toString());
      assertEquals("已开通", maker.findElement(By.id("status-" + number)).getText());
      Browser.screenshot(maker, "opening-3-opened");
      maker.get(Http.uri(base, "/app/inbox.xhtml").toString());
      String inbox = maker.findElement(By.tagName("main")).getText();
      assertTrue(inbox.contains(number + "（配置信息系统开通（添加或变更生产厂））：税务系统已开通"), inbox);
      maker.get(Http.uri(base, "/app/enterprise/openings.xhtml?lang=en").toString());
      assertEquals("Opened", maker.findElement(By.id("status-" + number)).getText());
      assertTrue(maker.findElement(By.id("plants")).getText().contains("Guangdong"));
      Browser.screenshot(maker, "opening-4-opened-en");
      maker.get(Http.uri(base, "/app/enterprise/openings.xhtml?lang=zh").toString());

      // the centre's list: all, then only what still waits for the tax side
      reviewer.get(Http.uri(base, "/review/openings.xhtml").toString());
      assertTrue(reviewer.findElement(By.id("openings")).getText().contains(number));
      new Select(reviewer.findElement(By.id("filter:status"))).selectByVisibleText("待开通");
      Browser.clickAndWait(reviewer, By.id("filter:search"));
      assertTrue(!reviewer.findElement(By.id("openings")).getText().contains(number));
      Browser.screenshot(reviewer, "opening-5-centre-awaiting");
    } finally {
      maker.quit();
      reviewer.quit();
    }
  }
}
