package cn.autogov.usedcar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Used-car circulation in Chinese, as a dealer lives it (seed 003 §2.1–2.4): it registers (a
 * mistake first, the rest kept), signs in by its credit code, files its 经销企业备案, is refused sales
 * entry with the reason and a link to the filing; the county's commerce authority confirms it; the
 * dealer enters one car by hand (the 大写 written from the figures), checks a 1,000-row file with two
 * bad rows, downloads the marked workbook, fixes the two rows there and imports the whole file.
 */
@Tag("browser")
@ExtendWith(Served.class)
class UsedCarBrowserIT {

  private static final String PASSWORD = "Dealer#Walk2026";

  @Served.Base URL base;

  @TempDir Path downloads;

  private static void date(WebDriver d, String id, String value) {
    ((JavascriptExecutor) d)
        .executeScript("arguments[0].value = arguments[1]", d.findElement(By.id(id)), value);
  }

  private static void pick(WebDriver d, String id, String label) {
    var select =
        new WebDriverWait(d, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("select[id='" + id + "'] option[value]:not([value=''])")));
    new Select(select.findElement(By.xpath(".."))).selectByVisibleText(label);
  }

  @Test
  void aDealerRegistersFilesIsConfirmedEntersAndImports() throws IOException {
    String creditCode = Fixtures.creditCode("350102");
    String mobile = "1377" + String.format("%07d", System.nanoTime() % 10_000_000);
    String name = "福州浏览器测试二手车经销有限公司";
    WebDriver dealer = Browser.start(downloads);
    WebDriver county = Browser.start();
    try {
      // 1. registration: a mistake first (no kind picked), the rest kept
      dealer.get(Http.uri(base, "/usedcar/register.xhtml").toString());
      dealer.findElement(By.id("register:enterpriseName")).sendKeys(name);
      pick(dealer, "register:county-level0", "福建省");
      pick(dealer, "register:county-level1", "福州市");
      pick(dealer, "register:county-level2", "鼓楼区");
      assertEquals("350102", dealer.findElement(By.id("register:county")).getAttribute("value"));
      dealer.findElement(By.id("register:street")).sendKeys("五四路100号");
      dealer.findElement(By.id("register:creditCode")).sendKeys(creditCode);
      dealer.findElement(By.id("register:password")).sendKeys(PASSWORD);
      dealer.findElement(By.id("register:confirmation")).sendKeys(PASSWORD);
      dealer.findElement(By.id("register:fillerName")).sendKeys("郑填报");
      dealer.findElement(By.id("register:fillerMobile")).sendKeys(mobile);
      dealer.findElement(By.id("register:sendCode")).click();
      new WebDriverWait(dealer, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("register:messages"), "验证码已发送"));
      dealer.findElement(By.id("register:smsCode")).sendKeys(Portal.code(base, mobile));
      Browser.clickAndWait(dealer, By.id("register:submit"));
      String page = dealer.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("二手车经营主体类型至少选择一项"), page);
      assertEquals(
          name, dealer.findElement(By.id("register:enterpriseName")).getAttribute("value"));
      Browser.screenshot(dealer, "usedcar-1-register-mistake");
      dealer.findElement(By.xpath("//label[contains(., '二手车经销企业')]")).click();
      dealer.findElement(By.id("register:password")).sendKeys(PASSWORD);
      dealer.findElement(By.id("register:confirmation")).sendKeys(PASSWORD);
      Browser.clickAndWait(dealer, By.id("register:submit"));
      assertTrue(dealer.findElement(By.id("done")).getText().contains("注册成功"));

      // 2. signed in by the credit code; sales wait for the filing
      Browser.signIn(dealer, base, creditCode, PASSWORD);
      Browser.clickAndWait(dealer, By.id("nav-usedcar"));
      assertTrue(dealer.findElement(By.id("not-confirmed")).getText().contains("尚未填报二手车企业备案"));
      Browser.clickAndWait(dealer, By.id("to-filings"));
      Browser.clickAndWait(dealer, By.cssSelector("button[data-type='uc-dealer']"));
      String filing = dealer.getCurrentUrl().replaceAll(".*id=", "");
      Browser.retype(dealer, "edit:legalRepresentative", "林法人");
      Browser.retype(dealer, "edit:registeredCapital", "500");
      Browser.retype(dealer, "edit:businessArea", "800");
      date(dealer, "edit:establishedOn", "2016-05-01");
      date(dealer, "edit:termFrom", "2016-05-01");
      Browser.retype(dealer, "edit:professionalStaff", "6");
      Browser.retype(dealer, "edit:businessScope", "二手车经销");
      Browser.retype(dealer, "edit:businessAddress", "福建省福州市鼓楼区五四路100号");
      Browser.retype(dealer, "edit:fillerEmail", "zheng@example.cn");
      Browser.clickAndWait(dealer, By.id("edit:submit"));
      assertTrue(dealer.findElement(By.id("status")).getText().startsWith("待审核"));

      dealer.get(Http.uri(base, "/app/usedcar/sale.xhtml").toString());
      String notice = dealer.findElement(By.id("not-confirmed")).getText();
      assertTrue(notice.contains("尚未经地方商务主管部门确认"), notice);
      assertFalse(dealer.findElement(By.id("sale:submit")).isEnabled());
      Browser.screenshot(dealer, "usedcar-2-waiting");

      // 3. the county confirms
      var reviewer = Portal.create(base, "COMMERCE_AUTHORITY", "350102", null);
      Browser.signIn(county, base, reviewer.login(), Portal.PASSWORD);
      county.get(Http.uri(base, "/review/filings/view.xhtml?id=" + filing).toString());
      Browser.clickAndWait(county, By.id("review:claim"));
      assertEquals("确认", county.findElement(By.id("review:approve")).getText());
      Browser.clickAndWait(county, By.id("review:approve"));
      Browser.screenshot(county, "usedcar-3-confirmed");

      // 4. one car by hand
      dealer.get(Http.uri(base, "/app/usedcar/sale.xhtml").toString());
      assertTrue(dealer.findElements(By.id("not-confirmed")).isEmpty());
      String vin = Fixtures.vin();
      type(dealer, "buyerName", "王买方");
      type(dealer, "buyerIdNumber", "11010519491231002X");
      type(dealer, "buyerAddress", "福州市鼓楼区买方路1号");
      type(dealer, "buyerMobile", "13800000001");
      new Select(dealer.findElement(By.id("sale:sellerKind"))).selectByVisibleText("单位");
      type(dealer, "sellerName", "福州卖方汽车有限公司");
      type(dealer, "sellerIdNumber", "91350100MA2Y8E3TX7");
      type(dealer, "sellerAddress", "福州市台江区卖方路2号");
      type(dealer, "sellerMobile", "13800000002");
      new Select(dealer.findElement(By.id("sale:plateProvince"))).selectByVisibleText("闽");
      type(dealer, "plateRest", "A12345");
      type(dealer, "registrationNumber", "350001234567");
      type(dealer, "vin", vin);
      type(dealer, "brandModel", "大众牌FV7145");
      new Select(dealer.findElement(By.id("sale:vehicleClass"))).selectByVisibleText("基本型（轿车）");
      type(dealer, "transferOffice", "福州市车辆管理所");
      type(dealer, "price", "86000.5");
      type(dealer, "dealingUnit", name);
      date(dealer, "sale:soldOn", LocalDate.now().minusDays(1).toString());
      try {
        new WebDriverWait(dealer, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBe(By.id("sale:words"), "捌万陆仟元伍角整"));
      } catch (RuntimeException e) {
        Browser.screenshot(dealer, "usedcar-4-words-missing");
        throw new AssertionError(dealer.getPageSource(), e);
      }
      Browser.screenshot(dealer, "usedcar-4-one-car");
      Browser.clickAndWait(dealer, By.id("sale:submit"));
      assertTrue(
          dealer.getCurrentUrl().contains("/app/usedcar/sales.xhtml"), dealer.getCurrentUrl());
      assertTrue(dealer.findElement(By.id("sales:table")).getText().contains(vin));

      // 5. a 1,000-row file with two bad rows: checked, refused, marked, fixed, imported
      Path file = downloads.resolve("车辆交易信息.xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(
            SaleSheets.workbook(
                1000,
                (i, r) -> {
                  if (i == 99) {
                    r.set(2, "110105194912310021"); // a wrong check character
                  }
                  if (i == 700) {
                    r.set(20, "跑车"); // no such vehicle type
                  }
                }));
      }
      Browser.clickAndWait(dealer, By.id("sales:import"));
      dealer.findElement(By.id("import-file")).sendKeys(file.toString());
      dealer.findElement(By.id("import-check")).click();
      var wait = new WebDriverWait(dealer, Duration.ofSeconds(60));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
      String result = dealer.findElement(By.id("import-result")).getText();
      assertTrue(result.contains("共1000行") && result.contains("问题2处"), result);
      String problems = dealer.findElement(By.id("import-problems")).getText();
      assertTrue(problems.contains("101") && problems.contains("702"), problems);
      assertFalse(dealer.findElement(By.id("import-commit")).isEnabled());
      Browser.screenshot(dealer, "usedcar-5-import-problems");
      dealer.findElement(By.id("import-errors")).click();
      Path marked = downloads.resolve("车辆交易信息-errors.xlsx");
      wait.until(d -> Files.exists(marked));
      List<List<String>> rows = SaleSheets.read(Files.readAllBytes(marked));
      assertTrue(rows.get(100).get(26).contains("买方证件号码"), rows.get(100).toString());
      assertTrue(rows.get(701).get(26).contains("车辆类型"), rows.get(701).toString());

      Path fixed = downloads.resolve("车辆交易信息-改正.xlsx");
      try (OutputStream out = Files.newOutputStream(fixed);
          var x = new XlsxWriter(out, "二手车交易信息", rows.get(0))) {
        for (List<String> row : rows.subList(1, rows.size())) {
          List<String> r = new ArrayList<>(row);
          if (r.get(2) != null && r.get(2).equals("110105194912310021")) {
            r.set(2, "11010519491231002X");
          }
          if ("跑车".equals(r.get(20))) {
            r.set(20, "SUV");
          }
          x.row(r);
        }
      }
      dealer.findElement(By.id("import-file")).sendKeys(fixed.toString());
      dealer.findElement(By.id("import-check")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("import-commit")));
      dealer.findElement(By.id("import-commit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "导入完成"));
      assertTrue(dealer.findElement(By.id("import-result")).getText().contains("新保存1000行"));
      Browser.screenshot(dealer, "usedcar-6-imported");

      dealer.get(Http.uri(base, "/app/usedcar/sales.xhtml?lang=en").toString());
      assertTrue(dealer.findElement(By.id("sales:next")).isEnabled(), "more than a page");
      Browser.screenshot(dealer, "usedcar-7-sales-in-english");
    } finally {
      dealer.quit();
      county.quit();
    }
  }

  private static void type(WebDriver d, String field, String value) {
    Browser.retype(d, "sale:" + field, value);
  }
}
