package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The declared business in real browsers: the portal's inputs follow from the form entity, rows of
 * the table are added and removed on the page, a bad cell is named by row and column with all else
 * kept, and the reviewer reads the rows.
 */
@Tag("browser-arquillian")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeclaredTypeBrowserIT {

  private static final Path PDF =
      Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf").toAbsolutePath().normalize();

  @Deployment(testable = false)
  static WebArchive app() {
    return MicroDeployment.withSample(DeclaredTypeBrowserIT.class);
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

  private List<WebElement> rows() {
    return enterprise.findElements(By.cssSelector("#rows-branches tbody tr"));
  }

  private void cell(int row, String column, String text) {
    WebElement input =
        rows().get(row).findElement(By.cssSelector("[name$='." + row + "." + column + "']"));
    input.clear();
    input.sendKeys(text);
  }

  private String cellValue(int row, String column) {
    return rows()
        .get(row)
        .findElement(By.cssSelector("[name$='." + row + "." + column + "']"))
        .getAttribute("value");
  }

  @Test
  void shouldFillTheTableRowByRowAndNameTheBadCell() {
    var ent = Portal.create(base, "ENTERPRISE", "350102", null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    Browser.signIn(enterprise, base, ent.login(), Portal.PASSWORD);
    enterprise.get(Http.uri(base, "/app/filings/index.xhtml").toString());
    Browser.clickAndWait(enterprise, By.cssSelector("button[data-type='it-sample']"));
    String number = enterprise.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(number.startsWith("ITS-"), number);

    // the inputs follow from the declarations: a paragraph, a choice, a date, a table with one row
    assertEquals("textarea", enterprise.findElement(By.id("edit:businessScope")).getTagName());
    assertEquals("select", enterprise.findElement(By.id("edit:enterpriseScale")).getTagName());
    assertEquals("date", enterprise.findElement(By.id("edit:establishedOn")).getAttribute("type"));
    assertEquals(1, rows().size());
    Browser.retype(enterprise, "edit:enterpriseName", "示例车行有限公司");
    Browser.choose(enterprise, "edit:enterpriseScale", "小型");
    Browser.retype(enterprise, "edit:registeredCapital", "120.5");
    ((JavascriptExecutor) enterprise)
        .executeScript(
            "arguments[0].value = '2018-06-01'",
            enterprise.findElement(By.id("edit:establishedOn")));
    Browser.retype(enterprise, "edit:businessScope", "二手车经销");
    Browser.retype(enterprise, "edit:contactMobile", "13811112222");

    // three rows typed, the last removed again; the second has a bad licence number
    cell(0, "name", "鼓楼分店");
    cell(0, "licenceNumber", "91350100M000100Y43");
    cell(0, "address", "福州市鼓楼区一路1号");
    enterprise.findElement(By.id("add-branches")).click();
    cell(1, "name", "台江分店");
    cell(1, "licenceNumber", "9135");
    cell(1, "address", "福州市台江区二路2号");
    enterprise.findElement(By.id("add-branches")).click();
    cell(2, "name", "仓山分店");
    assertEquals(3, rows().size());
    rows().get(2).findElement(By.cssSelector("[data-remove-row]")).click();
    assertEquals(2, rows().size());
    enterprise
        .findElement(By.cssSelector("input[type='file'][id^='edit:licenceCopy']"))
        .sendKeys(PDF.toString());
    Browser.clickAndWait(enterprise, By.id("edit:submit"));

    // refused: the summary names the row and column; what was typed and the file are kept
    String summary = enterprise.findElement(By.cssSelector(".ag-summary")).getText();
    assertTrue(summary.contains("分支机构第2行「营业执照号」"), summary);
    Browser.screenshot(enterprise, "declared-bad-cell");
    assertEquals(2, rows().size());
    assertEquals("台江分店", cellValue(1, "name"));
    assertEquals("9135", cellValue(1, "licenceNumber"));
    assertEquals("鼓楼分店", cellValue(0, "name"));
    assertEquals(
        "示例车行有限公司", enterprise.findElement(By.id("edit:enterpriseName")).getAttribute("value"));
    assertTrue(enterprise.getPageSource().contains("minimal.pdf"), "the chosen file is kept");

    cell(1, "licenceNumber", "91350100M000100Y43");
    Browser.clickAndWait(enterprise, By.id("edit:submit"));
    assertTrue(enterprise.findElement(By.id("status")).getText().startsWith("待审核"));
    String shown = enterprise.findElement(By.id("fields")).getText();
    assertTrue(shown.contains("1. 分支机构名称：鼓楼分店"), shown);
    assertTrue(shown.contains("2. 分支机构名称：台江分店"), shown);
    assertTrue(!shown.contains("仓山分店"), "the removed row is gone");
    Browser.screenshot(enterprise, "declared-submitted");

    // the reviewer reads the rows
    Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);
    reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + idOf(enterprise)).toString());
    String review = reviewer.findElement(By.id("fields")).getText();
    assertTrue(review.contains("营业执照号：91350100M000100Y43"), review);
    Browser.screenshot(reviewer, "declared-review");

    // approved, then the declared steps after approval, recorded on the same page
    String id = idOf(enterprise);
    Browser.clickAndWait(reviewer, By.id("review:claim"));
    Browser.clickAndWait(reviewer, By.id("review:approve"));
    reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
    assertTrue(reviewer.findElement(By.id("review:fulfil")).getText().contains("制作完成"));
    Browser.clickAndWait(reviewer, By.id("review:fulfil"));
    assertTrue(reviewer.findElement(By.id("review:fulfil")).getText().contains("已寄出"));
    Browser.clickAndWait(reviewer, By.id("review:fulfil"));
    // named beside its input, not only somewhere on the page
    assertTrue(
        reviewer.findElement(By.id("review:fulfilment")).getText().contains("快递单号不能为空"),
        reviewer.getPageSource());
    reviewer.findElement(By.id("review:datum")).sendKeys("SF1234567890");
    Browser.screenshot(reviewer, "declared-fulfil");
    Browser.clickAndWait(reviewer, By.id("review:fulfil"));
    assertTrue(reviewer.findElements(By.id("review:fulfil")).isEmpty(), "all steps done");

    // the applicant follows it
    enterprise.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id).toString());
    String timeline = enterprise.findElement(By.id("timeline")).getText();
    assertTrue(timeline.contains("制作完成"), timeline);
    assertTrue(timeline.contains("已寄出") && timeline.contains("快递单号：SF1234567890"), timeline);
    assertTrue(enterprise.findElement(By.id("status")).getText().contains("办理完毕"));
    Browser.screenshot(enterprise, "declared-shipped");
  }

  @Test
  void shouldLetANaturalPersonFileItsOwnAffairInThePortal() {
    var person = Portal.create(base, "REGISTERED", null, null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    Browser.signIn(enterprise, base, person.login(), Portal.PASSWORD);
    enterprise.get(Http.uri(base, "/app/filings/index.xhtml").toString());
    assertTrue(
        enterprise.findElements(By.cssSelector("button[data-type='it-sample']")).isEmpty(),
        "an enterprise's type is not offered to a natural person");
    String offered =
        enterprise.findElement(By.cssSelector("button[data-type='it-account']")).getText();
    assertTrue(offered.contains("账号示例申请"), offered);
    Browser.clickAndWait(enterprise, By.cssSelector("button[data-type='it-account']"));
    String number = enterprise.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertTrue(number.startsWith("ITA-"), number);

    // a mistake named beside its field, the rest and the chosen file kept
    Browser.retype(enterprise, "edit:contactMobile", "1381111");
    Browser.retype(enterprise, "edit:businessScope", "申请说明");
    enterprise
        .findElement(By.cssSelector("input[type='file'][id^='edit:licenceCopy']"))
        .sendKeys(PDF.toString());
    Browser.clickAndWait(enterprise, By.id("edit:submit"));
    String summary = enterprise.findElement(By.cssSelector(".ag-summary")).getText();
    assertTrue(summary.contains("联系人手机"), summary);
    assertEquals("申请说明", enterprise.findElement(By.id("edit:businessScope")).getAttribute("value"));
    assertTrue(enterprise.getPageSource().contains("minimal.pdf"), "the chosen file is kept");
    Browser.screenshot(enterprise, "account-bad-mobile");
    Browser.retype(enterprise, "edit:contactMobile", "13811112222");
    Browser.clickAndWait(enterprise, By.id("edit:submit"));
    Browser.screenshot(enterprise, "account-submitted");
    String page = enterprise.findElement(By.tagName("main")).getText();
    assertTrue(
        page.contains("申请人") && !page.contains("申请企业"), "a person, not an enterprise: " + page);
    assertTrue(
        enterprise.findElement(By.id("status")).getText().startsWith("待审核"),
        enterprise.findElement(By.tagName("main")).getText());
    String id = idOf(enterprise);

    // the centre decides it on its workbench; the person reads the outcome in its own list
    Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);
    reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
    Browser.clickAndWait(reviewer, By.id("review:claim"));
    Browser.clickAndWait(reviewer, By.id("review:approve"));
    enterprise.get(Http.uri(base, "/app/filings/index.xhtml").toString());
    String list = enterprise.findElement(By.tagName("main")).getText();
    assertTrue(list.contains(number) && list.contains("审核通过"), list);
    WebElement numberCell = enterprise.findElement(By.cssSelector("main td.ag-nowrap"));
    Object cut =
        ((JavascriptExecutor) enterprise)
            .executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth", numberCell);
    assertTrue(((Number) cut).intValue() <= 0, "the number is shown whole, not cut off by " + cut);
    Browser.screenshot(enterprise, "account-approved");

    // in English the same list names the type and the status in English
    enterprise.get(Http.uri(base, "/app/filings/index.xhtml?lang=en").toString());
    String english = enterprise.findElement(By.tagName("main")).getText();
    assertTrue(
        english.contains("Sample account request (test)") && english.contains("Approved"), english);
    enterprise.get(Http.uri(base, "/app/filings/index.xhtml?lang=zh").toString());
  }

  private static String idOf(WebDriver d) {
    return d.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
  }
}
