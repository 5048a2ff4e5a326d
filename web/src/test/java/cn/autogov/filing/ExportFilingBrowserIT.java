package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * 二手车出口企业备案 end to end, in Chinese, as an exporter and its provincial reviewer do it (#8): the
 * exporter fills in the form and uploads the materials (a 301 KB licence image is refused with a
 * clear message while the rest of the input stays), 暂存, 保存, 上报; the commerce authority approves;
 * the list shows 审核通过 with the review date and the expiry; the exporter files a change, which the
 * authority rejects with a remark the exporter reads; customs, with node-soap, finds the filing
 * valid.
 */
@Tag("browser")
@ExtendWith(Served.class)
class ExportFilingBrowserIT {

  private static final Path FILES =
      Path.of("../ejb/src/test/resources/vectors/files").toAbsolutePath().normalize();
  private static final Path NODE = Path.of("../ws/src/test/node").toAbsolutePath().normalize();

  @Served.Base URL base;

  private WebDriver exporter;
  private WebDriver reviewer;

  @BeforeEach
  void open() {
    exporter = Browser.start();
    reviewer = Browser.start();
  }

  @AfterEach
  void close() {
    exporter.quit();
    reviewer.quit();
  }

  @Test
  void shouldFileReviewChangeAndAnswerCustoms() throws Exception {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var commerce = Portal.create(base, "COMMERCE_AUTHORITY", "110000", null);
    Browser.signIn(exporter, base, ent.login(), Portal.PASSWORD);
    Browser.signIn(reviewer, base, commerce.login(), Portal.PASSWORD);

    // 新增 from the 备案列表; without an e-key the page says what that means
    Browser.clickAndWait(exporter, By.id("nav-filings"));
    Browser.clickAndWait(exporter, By.cssSelector("button[data-type='export-filing']"));
    String number = exporter.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(number.startsWith("EX-"), number);
    assertTrue(exporter.findElement(By.id("no-ca")).getText().contains("无法申领出口许可证"));
    WebElement creditField = exporter.findElement(By.id("edit:creditCode"));
    assertEquals("true", creditField.getAttribute("readonly"), "from the account, never typed");
    String credit = creditField.getAttribute("value");
    assertTrue(credit.matches("[0-9A-Z]{18}"), credit);

    // 基本信息 and 联系人; choosing the category shows its checklist at once (the page keeps a draft)
    // the address: the street typed, the province and city picked in front of it
    Browser.retype(exporter, "edit:businessAddress", "出口路8号");
    var province =
        new org.openqa.selenium.support.ui.WebDriverWait(exporter, java.time.Duration.ofSeconds(5))
            .until(d -> d.findElement(By.id("edit:businessAddress-level0")));
    new org.openqa.selenium.support.ui.Select(province).selectByVisibleText("北京市");
    var city =
        new org.openqa.selenium.support.ui.WebDriverWait(exporter, java.time.Duration.ofSeconds(5))
            .until(d -> d.findElement(By.id("edit:businessAddress-level1")));
    new org.openqa.selenium.support.ui.Select(city).selectByIndex(1);
    String picked = exporter.findElement(By.id("edit:businessAddress")).getAttribute("value");
    assertEquals("北京市出口路8号", picked, "北京市's 市辖区 is no part of an address");
    Browser.retype(exporter, "edit:businessAddress", "北京市海淀区出口路8号");
    Map.of(
            "edit:customsCode", "1101910123",
            "edit:registeredCapital", "2000",
            "edit:businessArea", "3500",
            "edit:employees", "150",
            "edit:exportStaff", "12",
            "edit:businessScope", "二手车出口；汽车销售",
            "edit:contactName", "王出口",
            "edit:contactPosition", "出口部经理",
            "edit:contactMobile", "13911112222")
        .forEach((id, text) -> Browser.retype(exporter, id, text));
    Browser.retype(exporter, "edit:contactEmail", "export@example.cn");
    Browser.choose(exporter, "edit:enterpriseNature", "私营企业");
    Browser.choose(exporter, "edit:enterpriseScale", "中型");
    date(exporter, "edit:establishedOn", "2016-04-01");
    var before = exporter.findElement(By.tagName("html"));
    Browser.choose(exporter, "edit:exportCategory", "生产企业");
    Browser.waitUntilGone(exporter, before);
    assertEquals("暂存", exporter.findElement(By.id("status")).getText().strip());
    assertTrue(exporter.getPageSource().contains("《道路机动车辆生产企业及产品公告》证明"), "a producer's list");
    assertEquals("王出口", exporter.findElement(By.id("edit:contactName")).getAttribute("value"));
    // 营业期限 left blank reads 长期: its box is ticked and the date cannot be typed until unticked
    assertTrue(exporter.findElement(By.id("businessTermUntil-open")).isSelected(), "长期");
    assertEquals(
        "true", exporter.findElement(By.id("edit:businessTermUntil")).getAttribute("readonly"));

    // 新增 again from the list while this one is unfinished: the same one opens where it was left
    Browser.clickAndWait(exporter, By.id("nav-filings"));
    assertTrue(Browser.rowOf(exporter, number).getText().contains("详情"), "every row has 详情");
    Browser.clickAndWait(exporter, By.cssSelector("button[data-type='export-filing']"));
    assertTrue(exporter.findElement(By.tagName("h1")).getText().endsWith(number));
    assertTrue(exporter.findElement(By.id("edit:messages")).getText().contains("已为您打开"));
    assertEquals("王出口", exporter.findElement(By.id("edit:contactName")).getAttribute("value"));

    // 上报 with a wrong customs code and a licence image over 300 KB: both named at the top, the
    // other chosen files kept, what was typed stays
    Path big = Files.createTempFile("licence", ".jpg");
    byte[] jpg = Files.readAllBytes(FILES.resolve("ABCD001.jpg"));
    Files.write(big, Arrays.copyOf(jpg, 301 * 1024));
    Path png = FILES.resolve("rgb.png").toAbsolutePath();
    Path pdf = FILES.resolve("minimal.pdf").toAbsolutePath();
    file(exporter, "licenceOriginal", big);
    file(exporter, "licenceCopy", png);
    file(exporter, "companySeal", png);
    for (String slot : Flows.PRODUCER_DOCUMENTS) {
      file(exporter, slot, pdf);
    }
    Browser.retype(exporter, "edit:contactName", "王出口（改）");
    Browser.retype(exporter, "edit:customsCode", "11019");
    // on a slow line the upload's progress shows (the upload is throttled to 200 KB/s)
    var conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
    conditions.setUploadThroughput(200 * 1024);
    conditions.setDownloadThroughput(10 * 1024 * 1024);
    ((org.openqa.selenium.chrome.ChromeDriver) exporter).setNetworkConditions(conditions);
    var page = exporter.findElement(By.tagName("html"));
    exporter.findElement(By.id("edit:submit")).click();
    String progress =
        new org.openqa.selenium.support.ui.WebDriverWait(exporter, java.time.Duration.ofSeconds(10))
            .until(d -> d.findElement(By.id("upload-progress")))
            .getText();
    assertTrue(progress.matches("正在上传 \\d{1,3}%"), progress);
    Browser.screenshot(exporter, "export-upload-progress");
    Browser.waitUntilGone(exporter, page);
    ((org.openqa.selenium.chrome.ChromeDriver) exporter).deleteNetworkConditions();
    String summary = exporter.findElement(By.id("edit:messages")).getText();
    assertTrue(summary.contains("营业执照正本影像大小为301KB，不得超过300KB"), summary);
    assertTrue(summary.contains("海关"), "the field error is in the summary: " + summary);
    assertEquals(
        "王出口（改）",
        exporter.findElement(By.id("edit:contactName")).getAttribute("value"),
        "what was typed stays");
    assertEquals("11019", exporter.findElement(By.id("edit:customsCode")).getAttribute("value"));
    assertEquals(
        "edit:customsCode",
        exporter.switchTo().activeElement().getAttribute("id"),
        "the cursor waits in the first wrong field");
    assertTrue(
        exporter.findElement(By.id("materials-licenceCopy")).getText().contains("rgb.png"),
        "a chosen file is kept though 上报 was refused");
    Browser.screenshot(exporter, "export-submit-refused");

    // the right code and image; then the applicant replaces the copy with another file
    Browser.retype(exporter, "edit:customsCode", "1101910123");
    file(exporter, "licenceOriginal", png);
    Browser.clickAndWait(exporter, By.id("edit:upload"));
    assertEquals("3500.00", exporter.findElement(By.id("edit:businessArea")).getAttribute("value"));
    file(exporter, "licenceCopy", FILES.resolve("ABCD002.jpg"));
    Browser.clickAndWait(exporter, By.id("edit:upload"));
    assertTrue(
        exporter.findElement(By.id("materials-licenceCopy")).getText().contains("ABCD002.jpg"),
        "the replacement is the slot's file");

    // 保存 (待上报), 上报 (待审核)
    Browser.clickAndWait(exporter, By.id("edit:save"));
    assertEquals("待上报", exporter.findElement(By.id("status")).getText().strip());
    Browser.clickAndWait(exporter, By.id("edit:submit"));
    assertTrue(
        exporter.findElement(By.id("status")).getText().strip().startsWith("待审核"),
        () -> exporter.findElement(By.tagName("body")).getText());

    // the provincial commerce authority approves it from its queue
    Browser.clickAndWait(reviewer, By.id("nav-workbench"));
    reviewer.findElement(By.id("queue:applicant")).sendKeys(number);
    Browser.clickAndWait(reviewer, By.id("queue:search"));
    Browser.clickAndWait(
        reviewer, Browser.rowOf(reviewer, number), By.cssSelector("button[id$=':claim']"));
    String materials = reviewer.findElement(By.id("materials")).getText();
    assertTrue(
        materials.contains("ABCD002.jpg") && materials.contains("rgb.png"),
        "the reviewer sees the replaced copy and its earlier version: " + materials);
    Browser.screenshot(reviewer, "export-review-replaced");
    Browser.clickAndWait(reviewer, By.id("review:approve"));

    // the list: 审核通过 with 复核时间 and 有效截止日期
    Browser.clickAndWait(exporter, By.id("nav-filings"));
    String row = Browser.rowOf(exporter, number).getText();
    LocalDate today = BusinessTime.today();
    assertTrue(row.contains("审核通过"), row);
    assertTrue(row.contains(today.toString()), "复核时间: " + row);
    assertTrue(row.contains(today.plusYears(1).minusDays(1).toString()), "有效截止日期: " + row);
    Browser.screenshot(exporter, "export-approved");

    // 变更: another contact; the authority rejects it with a remark the exporter reads
    Browser.clickAndWait(
        exporter, Browser.rowOf(exporter, number), By.cssSelector("button[id$=':change']"));
    String change = exporter.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(change.startsWith("EXC-"), change);
    Browser.retype(exporter, "edit:contactName", "李变更");
    Browser.clickAndWait(exporter, By.id("edit:submit"));
    go(reviewer, "/review/filings/index.xhtml?list=queue");
    reviewer.findElement(By.id("queue:applicant")).sendKeys(change);
    Browser.clickAndWait(reviewer, By.id("queue:search"));
    Browser.clickAndWait(
        reviewer, Browser.rowOf(reviewer, change), By.cssSelector("button[id$=':claim']"));
    assertTrue(reviewer.getPageSource().contains("李变更"), "the change beside the filing");
    reviewer.findElement(By.id("review:remark")).sendKeys("联系人未提供授权书");
    Browser.clickAndWait(reviewer, By.id("review:reject"));
    Browser.clickAndWait(exporter, By.id("nav-filings"));
    String changeRow = Browser.rowOf(exporter, change).getText();
    assertTrue(changeRow.contains("审核不通过") && changeRow.contains("联系人未提供授权书"), changeRow);
    assertTrue(
        Browser.rowOf(exporter, number).getText().contains("审核通过"), "the filing stays valid");
    Browser.screenshot(exporter, "export-change-rejected");

    // customs asks with node-soap (WS-Security over HTTPS): valid, this filing
    Api admin = Api.of(base, "ADMIN", null);
    var client = Exchange.newClient(admin, "CUSTOMS_VERIFY");
    String answer =
        node(
            "verify-call.mjs",
            Exchange.https(""),
            client.getString("clientId"),
            client.getString("secret"),
            credit);
    assertTrue(answer.contains("\"valid\":true"), answer);
    assertTrue(answer.contains(number), answer);
  }

  private String node(String script, String... args) throws IOException, InterruptedException {
    if (!Files.isDirectory(NODE.resolve("node_modules"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
    }
    var command = new java.util.ArrayList<>(List.of("node", "--no-deprecation", script));
    command.addAll(List.of(args));
    return run(command);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    var p = new ProcessBuilder(command).directory(NODE.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(command + ": " + out);
    }
    return out;
  }

  private void go(WebDriver d, String path) {
    d.get(Http.uri(base, path).toString());
  }

  /** A date input: its value set as the browser's date picker would. */
  private static void date(WebDriver d, String id, String isoDate) {
    ((JavascriptExecutor) d)
        .executeScript("arguments[0].value = arguments[1]", d.findElement(By.id(id)), isoDate);
  }

  private static void file(WebDriver d, String slot, Path path) {
    d.findElement(By.cssSelector("input[type='file'][id^='edit:" + slot + "']"))
        .sendKeys(path.toAbsolutePath().toString());
  }
}
