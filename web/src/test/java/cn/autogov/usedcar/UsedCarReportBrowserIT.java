package cn.autogov.usedcar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * 二手车交易月报 in Chinese, as a dealer and its county live it: last month's report added and found
 * pre-filled from the month's sales, 使用性质 filled in, one amount corrected — refused until its
 * reason is given beside it —, reported; the county sees it among the expected (another dealer
 * missing), opens it with the correction beside the records' figure, accepts it; the list in
 * English.
 */
@Tag("browser")
@ExtendWith(Served.class)
class UsedCarReportBrowserIT {

  @Served.Base URL base;

  @Test
  void dealerReportsLastMonthAndTheCountyAcceptsIt() {
    Api dealer = UsedCars.dealer(base, "350105", "马尾月报演示二手车经销有限公司");
    UsedCars.confirm(base, "350105", UsedCars.file(dealer));
    Api silent = UsedCars.dealer(base, "350105", "马尾未报二手车经销有限公司");
    UsedCars.confirm(base, "350105", UsedCars.file(silent));
    YearMonth month = YearMonth.from(LocalDate.now()).minusMonths(1);
    sale(dealer, month.atDay(2), "86000.50", "SEDAN");
    sale(dealer, month.atDay(3), "120000", "SEDAN");
    sale(dealer, month.atDay(4), "200000", "SUV");
    Api reviewer = Api.of(base, "COMMERCE_AUTHORITY", "350100");

    WebDriver d = Browser.start();
    WebDriver county = Browser.start();
    WebDriver province = Browser.start();
    try {
      Browser.signIn(d, base, dealer.login(), UsedCars.PASSWORD);
      Browser.clickAndWait(d, By.id("nav-usedcar-reports"));
      assertTrue(d.getPageSource().contains("二手车交易月报"), d.getPageSource());
      Browser.clickAndWait(d, By.id("reports:add"));
      assertEquals("20.60", cell(d, "SEDAN.AMOUNT").getAttribute("value"), "(86000.50+120000)/1e4");
      assertEquals("2", cell(d, "SEDAN.TOTAL").getAttribute("value"));
      assertEquals("2", cell(d, "SEDAN.LOCAL_TRANSFER").getAttribute("value"));
      assertEquals("", cell(d, "SEDAN.NON_OPERATING").getAttribute("value"), "not in the records");
      assertTrue(d.findElement(By.id("units")).getText().contains("万元"));
      Browser.screenshot(d, "usedcar-report-1-prefilled");

      type(d, "SEDAN.OPERATING", "0");
      type(d, "SEDAN.NON_OPERATING", "2");
      type(d, "SEDAN.CONVERTED", "0");
      type(d, "SUV.OPERATING", "1");
      type(d, "SUV.NON_OPERATING", "0");
      type(d, "SUV.CONVERTED", "0");
      type(d, "SEDAN.AMOUNT", "20.80");
      Browser.retype(d, "report:filler", "郑填报");
      Browser.clickAndWait(d, By.id("report:submit"));
      String page = d.findElement(By.tagName("body")).getText();
      assertTrue(page.contains("基本型（轿车）的交易金额（万元）与销售记录统计值（20.60）不一致，请填写更正原因"), page);
      assertEquals("20.80", cell(d, "SEDAN.AMOUNT").getAttribute("value"), "what was typed stays");
      assertEquals("1", cell(d, "SUV.OPERATING").getAttribute("value"));
      Browser.screenshot(d, "usedcar-report-2-reason-asked");
      d.findElement(By.cssSelector("input[data-reason='SEDAN.AMOUNT']")).sendKeys("一辆车另收整备费2000元");
      Browser.clickAndWait(d, By.id("report:submit"));
      assertEquals("已上报", d.findElement(By.id("status")).getText(), d.getPageSource());
      Browser.screenshot(d, "usedcar-report-3-submitted");

      // the city (福州市): its counties' businesses, this one on time among the missing others
      Browser.signIn(county, base, reviewer.login(), Portal.PASSWORD);
      Browser.clickAndWait(county, By.id("nav-report-completeness"));
      String c = county.findElement(By.tagName("body")).getText();
      assertTrue(c.contains("马尾未报二手车经销有限公司"), c);
      String line = line(county, "马尾月报演示二手车经销有限公司");
      boolean pastDue =
          LocalDate.now()
              .isAfter(
                  LocalDate.parse(
                      county.findElement(By.id("due")).getText().replaceAll(".*：", "")));
      assertTrue(line.contains("已上报"), line);
      assertEquals(pastDue, line.contains("逾期"), line);
      assertTrue(line(county, "马尾未报二手车经销有限公司").contains("未报"));
      int expected = Integer.parseInt(county.findElement(By.id("expected")).getText());
      int missing = Integer.parseInt(county.findElement(By.id("missing")).getText());
      assertTrue(expected >= 2 && missing >= 1 && missing < expected, c);
      Browser.screenshot(county, "usedcar-report-4-completeness");
      Browser.clickAndWait(county, By.id("completeness:remind"));
      assertTrue(
          county
              .findElement(By.tagName("body"))
              .getText()
              .contains("已向" + missing + "家未报企业发送催报提醒"));
      Browser.clickAndWait(
          county, By.xpath("//tr[td[contains(., '马尾月报演示二手车经销有限公司')]]//a[contains(@id, 'open')]"));
      String r = county.findElement(By.tagName("body")).getText();
      assertTrue(r.contains("一辆车另收整备费2000元") && r.contains("20.60"), r);
      Browser.clickAndWait(county, By.id("review:accept"));
      assertEquals("已受理", county.findElement(By.id("status")).getText());
      Browser.screenshot(county, "usedcar-report-5-accepted");

      // the city's statistics of the month: 马尾区 among its counties, the chart, the drill-down,
      // the sales records beside the return
      Browser.clickAndWait(county, By.id("nav-usedcar-statistics"));
      assertEquals("福州市", county.findElement(By.id("where")).getText());
      WebElement mawei = county.findElement(By.cssSelector("#regions tr[data-region='350105']"));
      assertEquals("3", mawei.findElement(By.cssSelector("td[data-column='TOTAL']")).getText());
      assertEquals(
          "40.80",
          mawei.findElement(By.cssSelector("td[data-column='AMOUNT']")).getText(),
          "20.80 as reported + 20.00");
      assertTrue(
          county.findElement(By.cssSelector("#statistics\\:region-chart canvas")).isDisplayed());
      assertTrue(
          county.findElement(By.cssSelector("#statistics\\:class-chart canvas")).isDisplayed());
      Browser.screenshot(county, "usedcar-report-7-city-statistics");
      assertTrue(
          mawei.findElements(By.cssSelector("a.ag-drill")).isEmpty(), "a county has none below");
      Browser.clickAndWait(county, By.id("statistics:compare"));
      WebElement diff = county.findElement(By.cssSelector("#comparison tr[data-region='350105']"));
      assertTrue(
          diff.getText().contains("40.80") && diff.getText().contains("40.60"), diff.getText());
      assertTrue(diff.getText().contains("0.20"), diff.getText());
      Browser.screenshot(county, "usedcar-report-8-county-compared");
      assertTrue(
          county.findElements(By.id("statistics:up")).isEmpty(), "the city's own is the top");
      // a mistake named, the rest kept
      Browser.retype(county, "statistics:from", "2026-13");
      Browser.clickAndWait(county, By.id("statistics:search"));
      String wrong = county.findElement(By.tagName("body")).getText();
      assertTrue(wrong.contains("2026-13") && wrong.contains("格式不对"), wrong);
      assertEquals("2026-13", county.findElement(By.id("statistics:from")).getAttribute("value"));
      county.get(county.getCurrentUrl().replaceAll("[?].*", "") + "?lang=en");
      String english = county.findElement(By.tagName("body")).getText();
      assertTrue(
          english.contains("Used-car statistics") && english.contains("By vehicle class"), english);
      Browser.screenshot(county, "usedcar-report-9-statistics-in-english");

      // the province drills down: 福建省 → 福州市 → its counties, and back up
      Browser.signIn(
          province, base, Api.of(base, "COMMERCE_AUTHORITY", "350000").login(), Portal.PASSWORD);
      Browser.clickAndWait(province, By.id("nav-usedcar-statistics"));
      assertEquals("福建省", province.findElement(By.id("where")).getText());
      Browser.clickAndWait(
          province, By.xpath("//tr[@data-region='350100']//a[contains(@class, 'ag-drill')]"));
      assertEquals("福州市", province.findElement(By.id("where")).getText());
      assertEquals(
          "40.80",
          province
              .findElement(
                  By.cssSelector("#regions tr[data-region='350105'] td[data-column='AMOUNT']"))
              .getText());
      Browser.screenshot(province, "usedcar-report-10-province-drilled");
      Browser.clickAndWait(province, By.id("statistics:up"));
      assertEquals("福建省", province.findElement(By.id("where")).getText());

      d.get(base.toString().replaceAll("/$", "") + "/app/usedcar/reports.xhtml?lang=en");
      String en = d.findElement(By.tagName("body")).getText();
      assertTrue(en.contains("Accepted") && en.contains(month.toString()), en);
      Browser.screenshot(d, "usedcar-report-6-list-in-english");
    } finally {
      d.quit();
      county.quit();
      province.quit();
    }
  }

  /** The completeness line of a business (a plain table). */
  private static String line(WebDriver d, String name) {
    return d.findElement(
            By.xpath("//table[@id='completeness:lines']//tr[td[contains(., '" + name + "')]]"))
        .getText();
  }

  private static org.openqa.selenium.WebElement cell(WebDriver d, String key) {
    return d.findElement(By.cssSelector("input[data-cell='" + key + "']"));
  }

  private static void type(WebDriver d, String key, String value) {
    var e = cell(d, key);
    e.clear();
    e.sendKeys(value);
  }

  private static void sale(Api dealer, LocalDate day, String price, String vehicleClass) {
    Map<String, String> v =
        new java.util.HashMap<>(UsedCars.sale(Fixtures.vin(), day.toString(), price));
    v.put("vehicleClass", vehicleClass);
    dealer.expect(201, "POST", "/used-car/sales", UsedCars.body(v, null));
  }
}
