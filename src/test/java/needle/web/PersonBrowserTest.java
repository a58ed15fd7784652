package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

@Tag("browser")
class PersonBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebFixture web;
  Browser browser;
  long id;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder).with(s -> s.addPerson(Person.named("Ada Lovelace")));
    id = web.people().get(0).id().value();
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
  void loggingAValueEventUpdatesTheTimelineWithoutAReload() {
    browser.go("/people/" + id);
    browser.markPage();

    new Select(browser.find("#v-direction")).selectByValue("got");
    new Select(browser.find("#v-kind")).selectByVisibleText("introduction");
    browser.find("#v-note").sendKeys("introduced me to Charles");
    browser.find("#v-note").submit();

    browser.waitFor(d -> browser.find(".timeline").getText().contains("introduced me to Charles"));
    assertThat(browser.find(".timeline").getText()).contains("got", "introduction · 2.0 points");
    assertThat(browser.samePage()).isTrue();
    assertThat(browser.find("#v-note").getAttribute("value")).isEmpty();
    assertThat(web.first().values()).hasSize(1);
    browser.screenshot("person");
  }

  @Test
  void badInputShowsItsMessageInPlace() {
    browser.go("/people/" + id);
    browser.markPage();

    browser.script("document.getElementById('t-minutes').removeAttribute('required');");
    browser.script("document.getElementById('t-minutes').type = 'text';");
    browser.find("#t-minutes").sendKeys("lots");
    browser.find("#t-minutes").submit();

    browser.waitFor(d -> browser.find("#flash").getText().contains("is not a number"));
    assertThat(browser.samePage()).isTrue();
  }
}
