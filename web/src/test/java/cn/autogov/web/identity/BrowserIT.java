package cn.autogov.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Browser;
import cn.autogov.testing.Http;
import cn.autogov.testing.MicroDeployment;
import java.net.URL;
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

/** A person in a real browser: landing page, sign-in, home page, language switch, sign-out. */
@Tag("browser")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  private static final String DEMO_PASSWORD = System.getenv("AUTOGOV_DEMO_PASSWORD");

  @Deployment(testable = false)
  static WebArchive app() {
    return MicroDeployment.of(BrowserIT.class);
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void shouldSignInFromTheLandingPageAndSeeTheUsersHome() {
    browser.get(Http.uri(base, "/").toString());
    assertTrue(browser.getTitle().contains("机动车企业政务服务平台"), browser.getTitle());
    Browser.screenshot(browser, "landing");

    browser.findElement(By.id("landing-login")).click();
    browser.findElement(By.id("login:loginName")).sendKeys("demo-enterprise");
    browser.findElement(By.id("login:password")).sendKeys("wrong-password");
    browser.findElement(By.id("login:submit")).click();
    assertTrue(browser.findElement(By.id("login:messages")).getText().contains("登录名或密码错误"));
    assertEquals(
        "demo-enterprise", browser.findElement(By.id("login:loginName")).getAttribute("value"));

    browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    assertEquals("欢迎，演示汽车有限公司(法人)", browser.findElement(By.id("welcome")).getText());
    assertEquals("企业法人", browser.findElement(By.id("role")).getText());
    assertEquals("91350100M000100Y43", browser.findElement(By.id("creditCode")).getText());
    Browser.screenshot(browser, "home-zh");

    browser.findElement(By.id("lang-en")).click();
    assertEquals("Welcome, 演示汽车有限公司(法人)", browser.findElement(By.id("welcome")).getText());
    assertEquals("Enterprise (legal person)", browser.findElement(By.id("role")).getText());
    Browser.screenshot(browser, "home-en");

    browser.findElement(By.id("signOut:submit")).click();
    assertTrue(browser.findElement(By.id("landing-login")).isDisplayed());
    browser.get(Http.uri(base, "/app/home.xhtml").toString());
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void shouldNameTheFieldWhenTheNewPasswordIsRefused() {
    browser.get(Http.uri(base, "/login.xhtml").toString());
    browser.findElement(By.id("login:loginName")).sendKeys("demo-agent");
    browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    browser.findElement(By.id("nav-password")).click();

    browser.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("password:newPassword")).sendKeys("short1!");
    browser.findElement(By.id("password:confirmation")).sendKeys("short1!");
    browser.findElement(By.id("password:submit")).click();
    String page = browser.findElement(By.id("password")).getText();
    Browser.screenshot(browser, "password-refused");
    assertTrue(page.contains("密码长度须为9-16个字符"), page);
  }
}
