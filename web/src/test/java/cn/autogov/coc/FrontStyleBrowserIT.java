package cn.autogov.coc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 合格证正面样式备案 as the manufacturer and the centre walk it: a sample named with another code is refused
 * beside its slot (what was typed kept), the right one taken; the reviewer reads that the sample is
 * far from 150 KB and approves; the register shows the style in use (also in English).
 */
@Tag("browser")
@ExtendWith(Served.class)
class FrontStyleBrowserIT {

  private static final Path FILES =
      Path.of("../ejb/src/test/resources/vectors/files").toAbsolutePath().normalize();

  @Served.Base URL base;

  private static Path named(String name) {
    try {
      Path dir = Files.createTempDirectory("style");
      Path p = Files.copy(FILES.resolve("ABCD001.jpg"), dir.resolve(name));
      p.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shouldRegisterAFrontStyle() {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var centre = Portal.create(base, "CERTIFICATION_CENTRE");
    WebDriver maker = Browser.start();
    WebDriver reviewer = Browser.start();
    try {
      Browser.signIn(maker, base, ent.login(), Portal.PASSWORD);
      maker.get(Http.uri(base, "/app/enterprise/index.xhtml").toString());
      String code = maker.findElement(By.id("certificate-code")).getText();
      String other = code.startsWith("Z") ? "YYYY" : "ZZZZ";
      maker.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='coc-front-style']"));
      String id = maker.getCurrentUrl().replaceAll(".*id=", "");
      Browser.retype(maker, "edit:composition", "正面含合格证编号、车辆信息及二维码；纸张编号位于右上角，黑色喷码8位数字。");
      Browser.retype(maker, "edit:antiCounterfeit", "底纹含微缩文字，二维码可验真。");
      Browser.retype(maker, "edit:styleScope", "示例牌轿车全系列");
      maker
          .findElement(By.cssSelector("input[type='file'][id^='edit:styleDescription']"))
          .sendKeys(FILES.resolve("minimal.pdf").toString());
      maker
          .findElement(By.cssSelector("input[type='file'][id^='edit:frontSample']"))
          .sendKeys(named(other + "001.jpg").toString());
      Browser.clickAndWait(maker, By.id("edit:submit"));
      String page = maker.findElement(By.tagName("main")).getText();
      assertTrue(page.contains(other) && page.contains(code), page);
      assertEquals("示例牌轿车全系列", maker.findElement(By.id("edit:styleScope")).getAttribute("value"));
      Browser.screenshot(maker, "style-1-wrong-code");
      maker
          .findElement(By.cssSelector("input[type='file'][id^='edit:frontSample']"))
          .sendKeys(named(code + "001.jpg").toString());
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(
          maker.findElement(By.id("status")).getText().startsWith("待审核"),
          maker.findElement(By.tagName("main")).getText());

      Browser.signIn(reviewer, base, centre.login(), Portal.PASSWORD);
      reviewer.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      String notes = reviewer.findElement(By.id("notes")).getText();
      assertTrue(notes.contains("与要求的约150KB相差较大"), notes);
      Browser.screenshot(reviewer, "style-2-size-warning");
      Browser.clickAndWait(reviewer, By.id("review:claim"));
      Browser.clickAndWait(reviewer, By.id("review:approve"));

      maker.get(Http.uri(base, "/app/enterprise/front-styles.xhtml").toString());
      assertEquals("使用中", maker.findElement(By.id("state-" + code + "001")).getText());
      Browser.screenshot(maker, "style-3-register");
      maker.get(Http.uri(base, "/app/enterprise/front-styles.xhtml?lang=en").toString());
      assertEquals("In use", maker.findElement(By.id("state-" + code + "001")).getText());
      maker.get(Http.uri(base, "/app/enterprise/front-styles.xhtml?lang=zh").toString());
      reviewer.get(Http.uri(base, "/review/front-styles.xhtml").toString());
      assertTrue(reviewer.findElement(By.id("styles")).getText().contains(code + "001"));
    } finally {
      maker.quit();
      reviewer.quit();
    }
  }
}
