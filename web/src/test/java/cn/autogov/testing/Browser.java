package cn.autogov.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; fails loudly when they are not
 * installed.
 */
public final class Browser {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  public static WebDriver start() {
    return start(null);
  }

  /**
   * A browser that saves what it downloads into {@code downloads} (null: nowhere in particular).
   */
  public static WebDriver start(java.nio.file.Path downloads) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver");
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=zh-CN");
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /** Clicks something that loads a new page and waits until the old page is gone. */
  public static void clickAndWait(WebDriver driver, org.openqa.selenium.By by) {
    var page = driver.findElement(org.openqa.selenium.By.tagName("html"));
    var target = driver.findElement(by);
    if (!target.isDisplayed()) {
      // in a closed menu of the navigation: open it, as the user does
      var menus =
          target.findElements(org.openqa.selenium.By.xpath("./ancestor::details[1]/summary"));
      if (!menus.isEmpty()) {
        menus.get(0).click();
      }
    }
    target.click();
    waitUntilGone(driver, page);
  }

  /** Waits until {@code page} (the html element of the page before) is gone. */
  public static void waitUntilGone(WebDriver driver, org.openqa.selenium.WebElement page) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              try {
                page.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or (Chromium) "node does not belong to the document": the old page is gone
                return true;
              }
            });
  }

  /** Clicks an element found inside {@code within} and waits for the next page. */
  public static void clickAndWait(
      WebDriver driver, org.openqa.selenium.WebElement within, org.openqa.selenium.By by) {
    var page = driver.findElement(org.openqa.selenium.By.tagName("html"));
    within.findElement(by).click();
    waitUntilGone(driver, page);
  }

  /** Keeps what the user saw, under target/screenshots, for whoever reads a failure. */
  public static void screenshot(WebDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (Exception e) {
      // a missing screenshot must not hide the test's own outcome
    }
  }

  /**
   * Signs in through the login page: the password, then the SMS code the development gateway wrote
   * to the outbox.
   */
  public static void signIn(WebDriver driver, java.net.URL base, String login, String password) {
    driver.get(Http.uri(base, "/login.xhtml").toString());
    driver.findElement(org.openqa.selenium.By.id("login:loginName")).sendKeys(login);
    driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
    clickAndWait(driver, org.openqa.selenium.By.id("login:submit"));
    enterCode(driver, base, login);
  }

  /** The second login step: the code from the outbox. */
  public static void enterCode(WebDriver driver, java.net.URL base, String login) {
    String code = Http.get(base, "/it/code?login=" + Portal.enc(login)).body();
    driver.findElement(org.openqa.selenium.By.id("login:code")).sendKeys(code);
    clickAndWait(driver, org.openqa.selenium.By.id("login:submitCode"));
  }

  /** The row of a PrimeFaces table (any on the page) that shows {@code text}. */
  public static org.openqa.selenium.WebElement rowOf(WebDriver d, String text) {
    return d.findElements(org.openqa.selenium.By.cssSelector("[id$='table_data'] tr")).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not listed: " + d.getPageSource()));
  }

  /** Picks an option of a select by the label the user reads. */
  public static void choose(WebDriver d, String id, String label) {
    new org.openqa.selenium.support.ui.Select(d.findElement(org.openqa.selenium.By.id(id)))
        .selectByVisibleText(label);
  }

  /** Replaces what an input holds. */
  public static void retype(WebDriver d, String id, String text) {
    var e = d.findElement(org.openqa.selenium.By.id(id));
    e.clear();
    e.sendKeys(text);
  }
}
