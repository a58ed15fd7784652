package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import needle.app.Accounts;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server mode in a real browser: log in, see your own ledger, log out. */
@Tag("browser")
class LoginBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebApp app;
  Browser browser;
  Person greta;
  Instant now = Instant.now();

  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @BeforeEach
  void start() {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Accounts.add(ledger, "ada", "analytical engine 1843".toCharArray());
    greta = ledger.write(s -> s.addPerson(Person.named("Greta Alvarez")));
    app =
        WebApp.create(
            Setup.server(
                ledger, ScoringConfig.defaults("/config/needle/scoring.properties"), clock));
    String base = "http://127.0.0.1:" + app.start("127.0.0.1", 0);
    browser = Browser.open(profile, base);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    app.stop();
  }

  @Test
  void logInSeeYourLedgerAndLogOut() {
    browser.go("/asks");
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));

    browser.find("#user").sendKeys("ada");
    browser.find("#password").sendKeys("analytical engine 1843");
    browser.find(".login button[type=submit]").click();

    browser.waitFor(d -> d.getCurrentUrl().endsWith("/asks"));
    assertThat(browser.find("header .who").getText()).isEqualTo("ada");
    browser.go("/");
    assertThat(browser.find("main").getText()).contains("Greta Alvarez");

    browser.find("form.logout button").click();

    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    browser.go("/");
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    assertThat(browser.driver.getPageSource()).doesNotContain("Greta Alvarez");
  }

  @Test
  void aWrongPasswordShowsTheMessageOnTheLoginPage() {
    browser.go("/");
    browser.find("#user").sendKeys("ada");
    browser.find("#password").sendKeys("wrong password here");
    browser.find(".login button[type=submit]").click();

    browser.waitFor(d -> d.getPageSource().contains("Wrong user name or password."));
    assertThat(browser.find("#user").getAttribute("value")).isEqualTo("ada");
  }

  @Test
  void whatWasTypedWhenTheSessionExpiredIsBackAfterLoggingIn() {
    String page = "/people/" + greta.id();
    browser.go(page);
    logIn();
    browser.waitFor(d -> d.getCurrentUrl().endsWith(page));
    now = now.plus(Setup.SESSION_LIFETIME).plus(Duration.ofMinutes(1));

    browser.find("#t-minutes").sendKeys("25");
    browser.find("#t-note").sendKeys("after lunch");
    browser.find("form[action$='/time'] button").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    logIn();

    browser.waitFor(d -> d.getCurrentUrl().endsWith(page));
    browser.waitFor(d -> browser.find("#t-minutes").getAttribute("value").equals("25"));
    assertThat(browser.find("#t-note").getAttribute("value")).isEqualTo("after lunch");
    assertThat(browser.find("#flash").getText()).contains("Your session had expired");
    browser.find("form[action$='/time'] button").click();
    browser.waitFor(d -> browser.find("main").getText().contains("after lunch"));
  }

  private void logIn() {
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    browser.find("#user").sendKeys("ada");
    browser.find("#password").sendKeys("analytical engine 1843");
    browser.find(".login button[type=submit]").click();
  }
}
