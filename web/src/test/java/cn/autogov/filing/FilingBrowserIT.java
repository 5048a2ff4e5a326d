package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Two people in real browsers: an enterprise files a certificate enterprise info change and follows
 * it; a certification-centre reviewer works the queue, returns it with a remark, then approves it.
 */
@Tag("browser-arquillian")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class FilingBrowserIT {

  private static final Path PDF =
      Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf").toAbsolutePath().normalize();

  @Deployment(testable = false)
  static WebArchive app() {
    return MicroDeployment.of(FilingBrowserIT.class);
  }

  @ArquillianResource URL base;

  private WebDriver enterprise;
  private WebDriver reviewer;

  @BeforeEach
  void open() {
    enterprise = Browser.start();
    reviewer = Browser.start();
  }

  @AfterEach
  void close() {
    enterprise.quit();
    reviewer.quit();
  }

  private void go(WebDriver d, String path) {
    d.get(Http.uri(base, path).toString());
  }

  @Test
  void shouldLetAReviewerWorkTheQueueWhileTheEnterpriseFollowsItsFiling() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    Browser.signIn(enterprise, base, ent.login(), Portal.PASSWORD);
    Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);

    // the enterprise starts 合格证企业信息变更 from its list
    Browser.clickAndWait(enterprise, By.id("nav-filings"));
    Browser.clickAndWait(enterprise, By.cssSelector("button[data-type='coc-enterprise-change']"));
    String number = enterprise.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(number.startsWith("CEC-"), number);
    assertEquals("暂存", enterprise.findElement(By.id("status")).getText().strip());

    // it fills in the new data; saving without the licence names the missing material
    Browser.choose(enterprise, "edit:listing", "非公告企业");
    Browser.retype(enterprise, "edit:enterpriseName", "浏览器变更后企业");
    Browser.retype(enterprise, "edit:productionAddress", "天津市滨海新区生产路9号");
    Browser.clickAndWait(enterprise, By.id("edit:save"));
    assertTrue(
        enterprise.getPageSource().contains("变更后的企业营业执照复印件（加盖公章）尚未上传"),
        "the missing material is named");
    assertEquals(
        "浏览器变更后企业",
        enterprise.findElement(By.id("edit:enterpriseName")).getAttribute("value"),
        "the input stays");
    enterprise.findElement(By.cssSelector("input[type='file']")).sendKeys(PDF.toString());
    Browser.clickAndWait(enterprise, By.id("edit:upload"));
    assertTrue(enterprise.findElement(By.linkText("minimal.pdf")).isDisplayed());
    Browser.clickAndWait(enterprise, By.id("edit:submit"));
    assertEquals(
        "待审核 · 装备中心审核",
        enterprise.findElement(By.id("status")).getText().strip(),
        () -> enterprise.findElement(By.tagName("body")).getText());
    Browser.screenshot(enterprise, "filing-submitted");

    // the reviewer finds it in the queue, takes it, sees the material in the page, returns it
    Browser.clickAndWait(reviewer, By.id("nav-workbench"));
    reviewer.findElement(By.id("queue:applicant")).sendKeys(number);
    Browser.clickAndWait(reviewer, By.id("queue:search"));
    WebElement row = Browser.rowOf(reviewer, number);
    Browser.clickAndWait(reviewer, row, By.cssSelector("button[id$=':claim']"));
    assertEquals(centre.login(), reviewer.findElement(By.id("claimedBy")).getText());
    assertFalse(
        reviewer.findElements(By.cssSelector(".ag-preview iframe")).isEmpty(), "PDF inline");
    Browser.clickAndWait(reviewer, By.id("review:return"));
    assertTrue(reviewer.getPageSource().contains("不通过或退回修改时须填写意见"), "a remark is needed");
    reviewer.findElement(By.id("review:remark")).sendKeys("营业执照复印件未加盖公章");
    Browser.clickAndWait(reviewer, By.id("review:return"));
    assertTrue(reviewer.findElement(By.id("queue:messages")).getText().contains(number));
    Browser.screenshot(reviewer, "queue-after-return");

    // the enterprise reads the remark and the timeline, submits again
    enterprise.navigate().refresh();
    assertEquals("退回修改", enterprise.findElement(By.id("status")).getText().strip());
    assertEquals("营业执照复印件未加盖公章", enterprise.findElement(By.id("remark")).getText());
    assertTrue(enterprise.findElement(By.id("timeline")).getText().contains("退回修改"));
    Browser.clickAndWait(enterprise, By.id("filing:submit"));
    assertEquals("待审核 · 装备中心审核", enterprise.findElement(By.id("status")).getText().strip());

    // the reviewer keeps a remark as a template and approves from "my to-do"
    go(reviewer, "/review/filings/index.xhtml?list=queue");
    // the filters' controls stand in one line at one height
    var heights =
        java.util.stream.Stream.of(
                "queue:type", "queue:applicant", "queue:dueBy", "queue:sort", "queue:search")
            .map(id -> reviewer.findElement(By.id(id)).getRect().getHeight())
            .distinct()
            .toList();
    assertEquals(1, heights.size(), "one height for inputs, selects and the button: " + heights);
    String everything = reviewer.findElement(By.id("queue:page")).getText();
    assertTrue(everything.matches("共 \\d+ 条，第 1 / \\d+ 页"), "the queue's total: " + everything);
    reviewer.findElement(By.id("queue:applicant")).sendKeys(number);
    Browser.clickAndWait(reviewer, By.id("queue:search"));
    assertEquals("共 1 条，第 1 / 1 页", reviewer.findElement(By.id("queue:page")).getText());
    Browser.clickAndWait(
        reviewer, Browser.rowOf(reviewer, number), By.cssSelector("button[id$=':claim']"));
    go(reviewer, "/review/filings/index.xhtml?list=mine");
    Browser.clickAndWait(reviewer, Browser.rowOf(reviewer, number), By.linkText(number));
    reviewer.findElement(By.id("review:remark")).sendKeys("材料齐全，同意变更");
    reviewer.findElement(By.id("review:saveTemplate")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(reviewer, java.time.Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("templates")).getText().contains("材料齐全，同意变更"));
    Browser.clickAndWait(reviewer, By.id("review:approve"));
    go(reviewer, "/review/filings/index.xhtml?list=done");
    assertTrue(reviewer.findElement(By.id("queue:table")).getText().contains(number));

    // the enterprise sees the approval, what changed, and its new name
    enterprise.navigate().refresh();
    assertEquals("审核通过", enterprise.findElement(By.id("status")).getText().strip());
    assertTrue(enterprise.findElement(By.id("changes")).getText().contains("浏览器变更后企业"));
    Browser.screenshot(enterprise, "filing-approved");
    assertTrue(enterprise.findElement(By.id("recordPdf")).isDisplayed(), "备案表 to download");
    assertTrue(enterprise.findElement(By.id("decisionPdf")).isDisplayed(), "审核决定书 too");
    String audit = enterprise.findElement(By.id("audit")).getText();
    assertTrue(audit.contains("退回修改：营业执照复印件未加盖公章"), audit);
    assertFalse(audit.contains("RETURNED"), "no status code: " + audit);
    assertTrue(audit.contains(centre.login()), "who decided: " + audit);
    go(enterprise, "/app/enterprise/index.xhtml");
    assertTrue(enterprise.getPageSource().contains("浏览器变更后企业"));

    // the inbox: unread in the menu, each step with its reason
    assertTrue(enterprise.findElement(By.id("unread")).getText().strip().matches("\\d+"));
    Browser.clickAndWait(enterprise, By.id("nav-inbox"));
    String inbox = enterprise.findElement(By.id("inbox:list")).getText();
    assertTrue(inbox.contains("您的申请" + number + "（合格证企业信息变更）已审核通过"), inbox);
    assertTrue(inbox.contains("被退回修改：营业执照复印件未加盖公章"), inbox);
    Browser.clickAndWait(enterprise, By.id("inbox:readAll"));
    assertTrue(enterprise.findElements(By.id("unread")).isEmpty(), "all read");
    Browser.screenshot(enterprise, "inbox");

    // the public verification page, without signing in: a wrong code finds nothing
    WebDriver anyone = Browser.start();
    try {
      go(anyone, "/verify.xhtml");
      anyone.findElement(By.id("n")).sendKeys(number);
      anyone.findElement(By.id("c")).sendKeys("WRONGCODE234");
      Browser.clickAndWait(anyone, By.id("submit"));
      assertTrue(anyone.findElement(By.id("notFound")).isDisplayed());
    } finally {
      anyone.quit();
    }
  }

  @Test
  void shouldLetCounterStaffEnterAPaperApplicationForAnEnterprise() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var clerk = Portal.create(base, "CERTIFICATION_CENTRE");
    String token = Portal.token(base, ent.login(), Portal.PASSWORD);
    String me = Portal.api(base, "GET", "/api/v1/enterprise", token, null).body();
    var m = java.util.regex.Pattern.compile("\"creditCode\":\"([0-9A-Z]{18})\"").matcher(me);
    assertTrue(m.find(), me);
    Browser.signIn(reviewer, base, clerk.login(), Portal.PASSWORD);

    go(reviewer, "/review/filings/intake.xhtml");
    Browser.choose(reviewer, "intake:type", "???filingType.it-paper???");
    reviewer.findElement(By.id("intake:creditCode")).sendKeys("91110108MA0000000X");
    Browser.clickAndWait(reviewer, By.id("intake:start"));
    assertEquals("线下申请录入", reviewer.findElement(By.tagName("h1")).getText(), "still on the page");
    assertFalse(
        reviewer.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).isEmpty(),
        "an invalid or unknown credit code is refused with a message");
    WebElement code = reviewer.findElement(By.id("intake:creditCode"));
    code.clear();
    code.sendKeys(m.group(1));
    Browser.clickAndWait(reviewer, By.id("intake:start"));
    String number = reviewer.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(number.startsWith("ITP-"), number);
    Browser.choose(reviewer, "edit:listing", "非公告企业");
    Browser.retype(reviewer, "edit:productionAddress", "天津市滨海新区生产路9号");
    reviewer.findElement(By.cssSelector("input[type='file']")).sendKeys(PDF.toString());
    Browser.clickAndWait(reviewer, By.id("edit:upload"));
    Browser.clickAndWait(reviewer, By.id("edit:submit"));
    assertTrue(
        reviewer.findElement(By.id("intake:table")).getText().contains(number + ""),
        () -> reviewer.findElement(By.tagName("body")).getText());
    assertTrue(reviewer.findElement(By.id("intake:table")).getText().contains("待审核"));

    // the enterprise follows it among its own
    Browser.signIn(enterprise, base, ent.login(), Portal.PASSWORD);
    go(enterprise, "/app/filings/index.xhtml");
    assertTrue(enterprise.findElement(By.id("filings:table")).getText().contains(number));
  }
}
