package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

@Tag("browser")
class ImportBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  @TempDir Path files;
  WebFixture web;
  Browser browser;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    browser = Browser.open(profile, web.entry());
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    web.close();
  }

  @Test
  void anUploadShowsItsSummaryInPlace() throws IOException {
    Path csv =
        Files.writeString(
            files.resolve("people.csv"),
            "name,title,company,email\nAda Lovelace,Analyst,Engines,ada@example.org\n");
    browser.go("/import");
    browser.markPage();

    new Select(browser.find("#format")).selectByValue("people");
    browser.find("#file").sendKeys(csv.toString());
    browser.find("#import-form button[type=submit]").click();

    browser.waitFor(d -> browser.find("#import-result").getText().contains("1 people created"));
    assertThat(browser.samePage()).isTrue();
    assertThat(web.people()).hasSize(1);
  }

  @Test
  void aBadRowShowsItsFileAndLine() throws IOException {
    Path csv =
        Files.writeString(
            files.resolve("ledger.csv"),
            "date,person,event,minutes,kind,value,outcome,note\n2026-01-05,Ada,gaveth,,,,,\n");
    browser.go("/import");

    new Select(browser.find("#format")).selectByValue("ledger");
    browser.find("#file").sendKeys(csv.toString());
    browser.find("#import-form button[type=submit]").click();

    browser.waitFor(d -> browser.find("#flash").getText().contains("ledger.csv:2:"));
    browser.screenshot("import-error");
  }
}
