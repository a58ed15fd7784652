package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("browser")
class DupesBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebFixture web;
  Browser browser;

  @BeforeEach
  void start() {
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  s.addPerson(
                      Person.named("Mike Grigsby").withEmails(List.of("mike.grigsby@enron.com")));
                  s.addPerson(Person.named("Michael Grigsby").withTitle("Manager"));
                });
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
  void oneClickOnMergeJoinsThePairAndConfirmsWithAnUndo() {
    browser.go("/");
    browser.find("a[href='/dupes']").click();
    browser.waitFor(d -> d.getTitle().startsWith("Duplicates"));
    assertThat(browser.find(".dupe .reason").getText())
        .isEqualTo(
            "Michael Grigsby and Mike Grigsby have the same last name, and Michael and Mike are"
                + " forms of one name.");

    browser.find(".dupe form.merge button").click();

    browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".merged")).isEmpty());
    assertThat(browser.find(".merged").getText())
        .startsWith("Merged Mike Grigsby into Michael Grigsby");
    assertThat(browser.find(".merged form.undo").getAttribute("action")).endsWith("/undo");
    assertThat(browser.find("p.none").getText()).isEqualTo("No likely duplicates.");
    assertThat(web.people())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Michael Grigsby");
              assertThat(p.emails()).containsExactly("mike.grigsby@enron.com");
            });
    browser.screenshot("dupes-merged");
  }
}
