package cn.autogov.ekey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
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

/**
 * The e-key business in Chinese, in the browser, as its three parties take it: the enterprise
 * applies for its first key (a mistake named, the scans chosen), the issuing authority of its city
 * checks it (核验通过), the provider re-reviews it (复核通过), makes it from the token's certificate
 * request file and ships it, the authority has it collected; the enterprise finds its key and
 * certificate; then a 补办 whose new key replaces the lost one.
 */
@Tag("browser")
@ExtendWith(Served.class)
class EkeyBrowserIT {

  @Served.Base URL base;

  @Test
  void shouldTakeAFirstKeyFromTheFormToCollectionThenReplaceALostOne() throws Exception {
    var ent = Portal.create(base, "ENTERPRISE", "350102", null);
    var authority = Portal.create(base, "ISSUING_AUTHORITY", "350100", null);
    var provider = Portal.create(base, "EKEY_PROVIDER");
    Path dir = Files.createTempDirectory("ekey-browser");
    Path scan = Files.write(dir.resolve("scan.png"), Base64.getDecoder().decode(Api.PNG));
    String name = Tokens.userName();
    WebDriver maker = Browser.start();
    WebDriver staff = Browser.start();
    try {
      Browser.signIn(maker, base, ent.login(), Portal.PASSWORD);
      maker.get(Http.uri(base, "/app/ekey/keys.xhtml").toString());
      assertTrue(maker.findElement(By.id("none")).getText().contains("尚无电子钥匙"));
      Browser.clickAndWait(maker, By.id("apply"));
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='ekey-first']"));
      String number = maker.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
      assertTrue(number.startsWith("EKF-"), number);
      String id = maker.getCurrentUrl().replaceAll(".*id=", "");

      // a user name with digits, courier without an address: both named, the rest kept
      Browser.retype(maker, "edit:userName", "fz2024");
      Browser.retype(maker, "edit:authorisedPerson", "林授权");
      Browser.retype(maker, "edit:authorisedPersonId", "11010519491231002X");
      Browser.retype(maker, "edit:authorisedPersonMobile", "13812345678");
      Browser.choose(maker, "edit:delivery", "快递给企业");
      for (String slot : Tokens.FIRST) {
        maker
            .findElement(By.cssSelector("div[id='materials-" + slot + "'] input[type='file']"))
            .sendKeys(scan.toString());
      }
      Browser.clickAndWait(maker, By.id("edit:upload"));
      Browser.screenshot(maker, "ekey-1-uploaded");
      assertEquals(
          "COURIER",
          maker.findElement(By.id("edit:delivery")).getAttribute("value"),
          "the choice survives the upload");
      Browser.clickAndWait(maker, By.id("edit:submit"));
      String page = maker.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("用户名只能由大写英文字母组成"), page);
      assertEquals("林授权", maker.findElement(By.id("edit:authorisedPerson")).getAttribute("value"));
      Browser.screenshot(maker, "ekey-1-mistakes");
      Browser.retype(maker, "edit:userName", name.toLowerCase(java.util.Locale.ROOT));
      Browser.clickAndWait(maker, By.id("edit:submit"));
      page = maker.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("选择快递领取时须填写快递地址"), page);
      assertEquals(name, maker.findElement(By.id("edit:userName")).getAttribute("value"));
      Browser.choose(maker, "edit:delivery", "现场领取");
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(
          maker.findElement(By.id("status")).getText().startsWith("待审核"),
          () -> maker.findElement(By.tagName("main")).getText());
      Browser.screenshot(maker, "ekey-2-submitted");

      // 核验 by the city's issuing authority
      Browser.signIn(staff, base, authority.login(), Portal.PASSWORD);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      assertTrue(staff.findElement(By.id("fields")).getText().contains(name));
      Browser.clickAndWait(staff, By.id("review:claim"));
      assertEquals("核验通过", staff.findElement(By.id("review:approve")).getText());
      Browser.clickAndWait(staff, By.id("review:approve"));
      maker.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id).toString());
      assertTrue(maker.findElement(By.id("status")).getText().contains("核验通过"));

      // 复核 and 制作 by the provider: the token's request chosen as a file
      Browser.signIn(staff, base, provider.login(), Portal.PASSWORD);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      Browser.clickAndWait(staff, By.id("review:claim"));
      assertEquals("复核通过", staff.findElement(By.id("review:approve")).getText());
      Browser.clickAndWait(staff, By.id("review:approve"));
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      assertTrue(staff.findElements(By.id("review:fulfil")).isEmpty(), "no serial to type");
      Browser.retype(staff, "make:csr", "not a request");
      Browser.clickAndWait(staff, By.id("make:issue"));
      assertTrue(staff.findElement(By.id("make")).getText().contains("不是PEM格式的PKCS#10证书请求"));
      Browser.screenshot(staff, "ekey-3-bad-request");
      Path csr = Files.writeString(dir.resolve("token.csr"), Tokens.request());
      staff.findElement(By.id("make:csr")).clear();
      staff.findElement(By.id("make:file")).sendKeys(csr.toString());
      Browser.clickAndWait(staff, By.id("make:issue"));
      String made = staff.findElement(By.tagName("main")).getText();
      assertTrue(made.contains("证书已签发"), made);
      assertTrue(staff.findElement(By.id("review:fulfil")).getText().contains("已寄出"));
      staff.findElement(By.id("review:datum")).sendKeys("SF1234567890");
      Browser.clickAndWait(staff, By.id("review:fulfil"));
      Browser.screenshot(staff, "ekey-4-shipped");

      // the authority has it collected on site, after checking the paper materials
      Browser.signIn(staff, base, authority.login(), Portal.PASSWORD);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + id).toString());
      assertTrue(staff.findElement(By.id("review:fulfil")).getText().contains("待领取"));
      Browser.clickAndWait(staff, By.id("review:fulfil"));
      staff.findElement(By.id("review:datum")).sendKeys("现场领取，纸质材料核验无误");
      Browser.clickAndWait(staff, By.id("review:fulfil"));
      assertTrue(staff.findElements(By.id("review:fulfil")).isEmpty());

      // the enterprise reads every step with its date, and finds its key
      maker.get(Http.uri(base, "/app/filings/view.xhtml?id=" + id).toString());
      String timeline = maker.findElement(By.id("timeline")).getText();
      for (String step : List.of("核验通过", "复核通过", "制作完成", "SF1234567890", "已领取")) {
        assertTrue(timeline.contains(step), step + " in " + timeline);
      }
      Browser.screenshot(maker, "ekey-5-collected");
      maker.get(Http.uri(base, "/app/ekey/keys.xhtml").toString());
      String keys = maker.findElement(By.id("keys")).getText();
      assertTrue(keys.contains(name) && keys.contains("使用中"), keys);
      String firstSerial = serialIn(keys);
      Browser.screenshot(maker, "ekey-6-my-keys");

      // 补办: the lost key's user name and the reason; its new certificate replaces the old one
      maker.get(Http.uri(base, "/app/filings/index.xhtml").toString());
      Browser.clickAndWait(maker, By.cssSelector("button[data-type='ekey-reissue']"));
      String reissue = maker.getCurrentUrl().replaceAll(".*id=", "");
      Browser.retype(maker, "edit:userName", name);
      Browser.retype(maker, "edit:applicationReason", "电子钥匙丢失");
      Browser.retype(maker, "edit:authorisedPerson", "林授权");
      Browser.retype(maker, "edit:authorisedPersonId", "11010519491231002X");
      Browser.retype(maker, "edit:authorisedPersonMobile", "13812345678");
      Browser.choose(maker, "edit:delivery", "现场领取");
      for (String slot : Tokens.REISSUE) {
        maker
            .findElement(By.cssSelector("div[id='materials-" + slot + "'] input[type='file']"))
            .sendKeys(scan.toString());
      }
      Browser.clickAndWait(maker, By.id("edit:upload"));
      Browser.clickAndWait(maker, By.id("edit:submit"));
      assertTrue(maker.findElement(By.id("status")).getText().startsWith("待审核"));
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + reissue).toString());
      Browser.clickAndWait(staff, By.id("review:claim"));
      Browser.clickAndWait(staff, By.id("review:approve"));
      Browser.signIn(staff, base, provider.login(), Portal.PASSWORD);
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + reissue).toString());
      Browser.clickAndWait(staff, By.id("review:claim"));
      Browser.clickAndWait(staff, By.id("review:approve"));
      staff.get(Http.uri(base, "/review/filings/view.xhtml?id=" + reissue).toString());
      Files.writeString(csr, Tokens.request()); // a new token, a new key
      staff.findElement(By.id("make:file")).sendKeys(csr.toString());
      Browser.clickAndWait(staff, By.id("make:issue"));
      assertTrue(staff.findElement(By.tagName("main")).getText().contains("证书已签发"));
      maker.get(Http.uri(base, "/app/ekey/keys.xhtml").toString());
      keys = maker.findElement(By.id("keys")).getText();
      String secondSerial = serialIn(keys);
      assertFalse(secondSerial.equals(firstSerial), keys);
      assertTrue(keys.contains(name), keys);
      Browser.screenshot(maker, "ekey-7-reissued");
      String crl = Http.get(base, "/api/v1/pki/ekey.crl").body();
      assertFalse(crl.isEmpty(), "the CRL is published");
    } finally {
      maker.quit();
      staff.quit();
    }
  }

  /** The 32-digit hexadecimal serial in the keys table. */
  private static String serialIn(String table) {
    var m = java.util.regex.Pattern.compile("\\b[0-9a-f]{32}\\b").matcher(table);
    assertTrue(m.find(), table);
    return m.group();
  }
}
