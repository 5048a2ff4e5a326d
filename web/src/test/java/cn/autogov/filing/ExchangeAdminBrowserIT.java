package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An administrator in a real browser: finds a customs system's calls in the message log, reads one
 * (the password blanked), checks the chain; finds a partner call given up in the outbox's dead
 * letters and sends it again.
 */
@Tag("browser")
@ExtendWith(Served.class)
class ExchangeAdminBrowserIT {

  @Served.Base URL base;

  private WebDriver admin;

  @BeforeEach
  void open() {
    admin = Browser.start();
  }

  @AfterEach
  void close() {
    admin.quit();
  }

  private void go(String path) {
    admin.get(Http.uri(base, path).toString());
  }

  @Test
  void shouldReadTheMessageLogAndResendADeadLetter() throws Exception {
    var account = Portal.create(base, "ADMIN");
    Api api = Api.of(base, "ADMIN", null);
    JsonObject c = Exchange.newClient(api, "CUSTOMS_VERIFY", "CUSTOMS_CHANGES");
    String client = c.getString("clientId");
    String secret = c.getString("secret");
    var answer =
        Exchange.soap(
            client,
            secret,
            "urn:uuid:browser-1",
            "<c:VerifyExportFiling><c:creditCode>91350100M000100Y43</c:creditCode></c:VerifyExportFiling>");
    assertEquals(200, answer.status(), answer.body());
    Exchange.soap(
        client,
        "wrong",
        null,
        "<c:VerifyExportFiling><c:creditCode>91350100M000100Y43</c:creditCode></c:VerifyExportFiling>");

    Browser.signIn(admin, base, account.login(), Portal.PASSWORD);
    Browser.clickAndWait(admin, By.id("nav-exchange"));
    admin.findElement(By.id("exchange:client")).sendKeys(client);
    Browser.clickAndWait(admin, By.id("exchange:search"));
    List<WebElement> rows = admin.findElements(By.cssSelector("[id$='messages-table_data'] tr"));
    assertEquals(2, rows.size(), admin.getPageSource());
    assertTrue(rows.get(0).getText().contains("NOT_AUTHENTICATED"), rows.get(0).getText());
    assertTrue(rows.get(1).getText().contains("customs.verify"), rows.get(1).getText());
    assertTrue(rows.get(1).getText().contains("urn:uuid:browser-1"));
    Browser.clickAndWait(admin, rows.get(1), By.cssSelector("button[id$=':view']"));
    String request = admin.findElement(By.id("request")).getText();
    assertTrue(request.contains("***"), request);
    assertFalse(request.contains(secret), "the secret is not shown");
    assertTrue(admin.findElement(By.id("response")).getText().contains("valid"));
    assertTrue(
        admin.findElement(By.id("exchange:bundle")).getAttribute("href").contains("from="),
        "a proof bundle of the message can be downloaded");
    Browser.clickAndWait(admin, By.id("exchange:verify"));
    assertTrue(
        admin.findElement(By.id("check")).getText().contains("哈希链完整"),
        admin.findElement(By.id("check")).getText());
    Browser.screenshot(admin, "exchange-log");

    // a partner whose callback is down: after its last attempt a dead letter, resent from the page
    long id = c.getJsonNumber("id").longValue();
    api.expect(
        200,
        "PUT",
        "/admin/system-clients/" + id + "/callback",
        "{\"callbackUrl\":\"http://127.0.0.1:9/down\"}");
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    Flows.exportApproved(
        base, ent, commerce, null, String.format("110194%04d", System.nanoTime() % 10_000));
    long end = System.nanoTime() + 90_000_000_000L;
    WebElement letter = null;
    while (letter == null && System.nanoTime() < end) {
      go("/admin/outbox.xhtml");
      letter =
          admin.findElements(By.cssSelector("[id$='letters_data'] tr")).stream()
              .filter(r -> r.getText().contains(client))
              .findFirst()
              .orElse(null);
      if (letter == null) {
        Thread.sleep(2000);
      }
    }
    assertTrue(letter != null, "the dead letter is listed");
    assertTrue(letter.getText().contains("customs.export-filing-changed"), letter.getText());
    Browser.clickAndWait(admin, letter, By.cssSelector("button[id$=':resend']"));
    assertTrue(
        admin.findElement(By.id("dead:feedback")).getText().contains("已重新发送"),
        admin.getPageSource());
    Browser.screenshot(admin, "outbox-resent");
  }
}
