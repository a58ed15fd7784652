package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Fixing the ledger in a real browser: edit, pick someone to merge as you type, delete, undo. */
@Tag("browser")
class EditBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebFixture web;
  Browser browser;
  long ada;
  long time;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    web.ledger.update(
        s -> {
          Person p = s.addPerson(Person.named("Ada Lovelace").withTitle("Analyst"));
          ada = p.id().value();
          time =
              s.log(
                      new TimeEntry(
                          0, p.id(), LocalDate.of(2026, 2, 10), 30, Channel.CALL, "t", "a call"))
                  .id();
          s.addPerson(Person.named("Augusta Ada King").withEmails(List.of("ada@example.org")));
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
  void editMergeDeleteAndUndoFromThePersonPage() {
    browser.go("/people/" + ada);

    browser.find("details.edit-person summary").click();
    browser.find("#ep-title").clear();
    browser.find("#ep-title").sendKeys("VP Engineering");
    browser.find("#edit-person button[type=submit]").click();
    browser.waitFor(d -> browser.find(".done").getText().contains("Done: edit Ada Lovelace"));
    assertThat(browser.find(".lead").getText()).contains("VP Engineering", "level 5");

    browser.find("#merge-other").sendKeys("Augu");
    browser.waitFor(
        d ->
            !d.findElements(By.cssSelector("#merge-people option[value='Augusta Ada King']"))
                .isEmpty());
    // Picking the offered name fills the field with it, as choosing the option does.
    browser.find("#merge-other").clear();
    browser.find("#merge-other").sendKeys("Augusta Ada King");
    browser.find("#merge button[type=submit]").click();
    browser.waitFor(d -> browser.find(".done").getText().contains("merge Augusta Ada King"));
    assertThat(browser.find(".lead").getText()).contains("ada@example.org");

    browser.find("form.delete-entry[action='/entries/" + time + "/delete'] button").click();
    browser.waitFor(d -> browser.find(".done").getText().contains("delete time entry " + time));
    assertThat(browser.find(".timeline").getText()).doesNotContain("a call");

    browser.find(".done form.undo button").click();
    browser.waitFor(d -> browser.find("main").getText().contains("was taken back"));
    browser.find(".flash a").click();
    browser.waitFor(d -> browser.find(".timeline").getText().contains("a call"));
    assertThat(web.first().time()).hasSize(1);
    browser.screenshot("person-fixed");
  }
}
