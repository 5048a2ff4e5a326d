package cn.autogov.coc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 合格证电子信息批量变更 in Chinese, as the manufacturer and two reviewers walk it: the list imported from the
 * platform's Excel template, a wrong VIN refused by its row and column (the rest kept), fixed in
 * its cell; the reviewer reads that the written application lacks a number, leaves that certificate
 * out with its reason, and two reviewers approve the rest; the manufacturer reads what was left out
 * and downloads the approved list.
 */
@Tag("browser")
@ExtendWith(Served.class)
class BatchChangeBrowserIT {

  private static final Path PDF =
      Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf").toAbsolutePath().normalize();

  @Served.Base URL base;

  private static Path temp(String name, byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory("batch");
      Path p = dir.resolve(name);
      Files.write(p, bytes);
      p.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template filled in as an enterprise would: the header in Chinese, one row a vehicle. */
  private static Path sheet(List<List<String>> rows) {
    try {
      Path p = Files.createTempFile("list", ".xlsx");
      p.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(p);
          var x = new XlsxWriter(out, "合格证编号清单", List.of("合格证编号", "VIN", "车辆型号", "是否新能源汽车"))) {
        for (List<String> r : rows) {
          x.row(r);
        }
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WebElement fileInput(WebDriver d, String id) {
    return d.findElement(By.cssSelector("input[type='file'][id^='" + id + "']"));
  }

  @Test
  void shouldImportTheListAndApprovePartOfIt() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var first = Portal.create(base, "CERTIFICATION_CENTRE");
    var second = Portal.create(base, "CERTIFICATION_CENTRE");
    WebDriver maker = Browser.start();
    WebDriver reviewer = Browser.start();
    try {
      Browser.signIn(maker, base, ent.login(), Portal.PASSWORD);
      maker.get(Http.uri(base, "/app/enterprise/index.xhtml").toString());
      String code = maker.findElement(By.id("certificate-code")).getText();
      String n1 = code + "0000000001";
      String n2 = code + "0000000002";
      maker.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='coc-batch-change']"));
      String id = maker.getCurrentUrl().replaceAll(".*id=", "");
      new Select(maker.findElement(By.id("edit:changeKind"))).selectByVisibleText("撤销");
      Browser.retype(maker, "edit:reason", "生产系统故障导致合格证信息错误上传");

      // the list from the Excel template: the second VIN's check digit is wrong
      fileInput(maker, "edit:sheet-certificates")
          .sendKeys(
              sheet(
                      List.of(
                          List.of(n1, BatchChangeIT.VINS.get(0), "BJ7000A", "否"),
                          List.of(n2, "LSJA24U62JG269226", "BJ7000A", "否")))
                  .toString());
      Browser.clickAndWait(maker, By.id("edit:importRows-certificates"));
      String summary = maker.findElement(By.cssSelector(".ag-summary")).getText();
      assertTrue(summary.contains("合格证编号清单第2行「VIN」"), summary);
      assertEquals(
          "生产系统故障导致合格证信息错误上传",
          maker.findElement(By.id("edit:reason")).getAttribute("value"),
          "the rest is kept");
      Browser.screenshot(maker, "batch-1-wrong-vin");

      // typed right in its cell instead, with the materials; the written application forgets n2
      var cells = maker.findElements(By.cssSelector("#rows-certificates tbody tr"));
      if (cells.size() < 2) {
        maker.findElement(By.id("add-certificates")).click();
      }
      fill(maker, 0, n1, BatchChangeIT.VINS.get(0));
      fill(maker, 1, n2, BatchChangeIT.VINS.get(1));
      fileInput(maker, "edit:writtenApplication")
          .sendKeys(
              temp(
                      "书面申请.pdf",
                      Base64.getDecoder().decode(BatchChangeIT.pdfListing(List.of("List:", n1))))
                  .toString());
      fileInput(maker, "edit:correctiveMeasures").sendKeys(PDF.toString());
      fileInput(maker, "edit:declaration").sendKeys(PDF.toString());
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(
          maker.findElement(By.id("status")).getText().startsWith("待审核"),
          maker.findElement(By.tagName("main")).getText());

      // the reviewer reads the aid, leaves n2 out with its reason, and approves the rest
      Browser.signIn(reviewer, base, first.login(), Portal.PASSWORD);
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String aid = reviewer.findElement(By.id("notes")).getText();
      assertTrue(aid.contains("未找到清单中的1个合格证编号（共2个）：" + n2), aid);
      Browser.screenshot(reviewer, "batch-2-aid");
      var row = Browser.rowOf(reviewer, n2);
      row.findElement(By.cssSelector("input[id$='reason']")).sendKeys("书面申请未列明该合格证");
      Browser.clickAndWait(reviewer, row, By.cssSelector("button[id$='exclude']"));
      assertTrue(reviewer.findElement(By.id("exclusions")).getText().contains(n2 + "：书面申请未列明该合格证"));
      Browser.screenshot(reviewer, "batch-3-excluded");
      Browser.clickAndWait(reviewer, By.id("review:claim"));
      Browser.clickAndWait(reviewer, By.id("review:approve"));
      Browser.signIn(reviewer, base, second.login(), Portal.PASSWORD);
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      Browser.clickAndWait(reviewer, By.id("review:claim"));
      Browser.clickAndWait(reviewer, By.id("review:approve"));

      // the manufacturer reads what was left out and downloads the approved list
      maker.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id).toString());
      assertTrue(maker.findElement(By.id("status")).getText().startsWith("审核通过"));
      assertTrue(maker.findElement(By.id("exclusions")).getText().contains(n2));
      String link = maker.findElement(By.id("approved-xlsx")).getText();
      assertTrue(link.contains("(1)"), link);
      Browser.screenshot(maker, "batch-4-approved");
    } finally {
      maker.quit();
      reviewer.quit();
    }
  }

  private static void fill(WebDriver d, int row, String number, String vin) {
    var tr = d.findElements(By.cssSelector("#rows-certificates tbody tr")).get(row);
    set(tr.findElement(By.cssSelector("[name$='." + row + ".certificateNumber']")), number);
    set(tr.findElement(By.cssSelector("[name$='." + row + ".vin']")), vin);
    set(tr.findElement(By.cssSelector("[name$='." + row + ".vehicleModel']")), "BJ7000A");
    new Select(tr.findElement(By.cssSelector("[name$='." + row + ".newEnergy']")))
        .selectByVisibleText("否");
  }

  private static void set(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }
}
