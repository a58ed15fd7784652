package needle.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, never a downloaded one. Without them the
 * browser tests are skipped, unless the system property {@code needle.browser.required} is true:
 * then they fail.
 */
final class Browser implements AutoCloseable {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /**
   * A fresh browser with its own profile in {@code profile}, pointed at {@code entry}: the app's
   * address, maybe with the local key ({@code ?key=…}) that the first visit trades for a cookie.
   */
  static Browser open(Path profile, String entry) {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    int query = entry.indexOf('?');
    String base = query < 0 ? entry : entry.substring(0, query).replaceAll("/$", "");
    Browser browser = new Browser(new ChromeDriver(service, options), base);
    if (query >= 0) {
      browser.driver.get(entry);
    }
    return browser;
  }

  private static void requireInstalled() {
    requireInstalled(CHROMIUM, CHROMEDRIVER, Boolean.getBoolean("needle.browser.required"));
  }

  static void requireInstalled(File chromium, File chromedriver, boolean required) {
    if (chromium.canExecute() && chromedriver.canExecute()) {
      return;
    }
    String why =
        "browser tests need "
            + chromium
            + " and "
            + chromedriver
            + " (Debian: apt-get install chromium chromium-driver)";
    if (required) {
      fail(why + ", and needle.browser.required is true");
    }
    Assumptions.assumeTrue(false, why);
  }

  void go(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Marks the loaded page; the mark survives htmx swaps but not a reload. */
  void markPage() {
    script("window.needleTestMark = true;");
  }

  boolean samePage() {
    return Boolean.TRUE.equals(script("return window.needleTestMark === true;"));
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** The whole page, not just the window: the window grows to the page's height first. */
  Path screenshot(String name) {
    int width = driver.manage().window().getSize().getWidth();
    Number height = (Number) script("return document.documentElement.scrollHeight;");
    resize(width, height.intValue() + 150);
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          shot,
          StandardCopyOption.REPLACE_EXISTING);
      return shot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
