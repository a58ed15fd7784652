package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@Tag("browser")
class AsksBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebFixture web;
  Browser browser;
  long askId;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    askId =
        web.ledger
            .write(
                s -> {
                  Person p = s.addPerson(Person.named("Ada Lovelace"));
                  return s.log(
                      new Ask(
                          null,
                          p.id(),
                          LocalDate.of(2026, 1, 5),
                          AskDirection.ASKED,
                          "an intro to Charles",
                          Outcome.OPEN,
                          null,
                          "t"));
                })
            .id()
            .value();
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
  void anAskIsResolvedInOneClick() {
    browser.go("/asks");
    browser.markPage();

    browser.find("#ask-" + askId + " button[value=granted]").click();

    browser.waitFor(d -> browser.find("#ask-" + askId).getText().contains("granted on 2026-03-02"));
    assertThat(browser.samePage()).isTrue();
    assertThat(web.asks().get(0).outcome()).isEqualTo(Outcome.GRANTED);
  }

  @Test
  void theCoachUnderlinesAFindingAsTheDraftIsTyped() {
    browser.go("/asks");

    browser.find("#draft").sendKeys("Hi! Could we grab coffee sometime so I can pick your brain?");

    WebElement mark =
        browser.waitFor(
            d ->
                d.findElements(By.cssSelector("#coach-result mark.bad")).stream()
                    .filter(m -> m.getText().equals("pick your brain"))
                    .findFirst()
                    .orElse(null));
    assertThat(mark.getAttribute("title")).contains("pick your brain");
    assertThat(browser.find("#coach-result .verdict").getText()).contains("dumb");
    browser.screenshot("coach");
  }
}
