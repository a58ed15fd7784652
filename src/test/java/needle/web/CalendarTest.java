package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarTest {
  @TempDir Path folder;

  @Test
  void theFeedHasFollowUpsForOpenAsksAndKeepInTouchDates() {
    try (WebFixture web = WebFixture.start(folder)) {
      web.with(
          s -> {
            Person ada = s.addPerson(Person.named("Ada Lovelace"));
            s.log(
                new Ask(
                    null,
                    ada.id(),
                    LocalDate.of(2026, 2, 20),
                    AskDirection.ASKED,
                    "an intro",
                    Outcome.OPEN,
                    null,
                    "t"));
            Person grace = s.addPerson(withCadence(Person.named("Grace Hopper"), 30));
            s.log(
                new TimeEntry(
                    0, grace.id(), LocalDate.of(2026, 2, 25), 30, Channel.CALL, "t", null));
          });

      HttpResponse<String> feed = web.get("/calendar.ics");

      assertThat(feed.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
      String ics = feed.body().replace("\r\n ", "");
      assertThat(ics)
          .startsWith("BEGIN:VCALENDAR")
          .contains("SUMMARY:Follow up your ask to Ada Lovelace", "DTSTART;VALUE=DATE:20260322")
          .contains("SUMMARY:Keep in touch with Grace Hopper", "DTSTART;VALUE=DATE:20260327")
          .contains("UID:ask-1@needle");
      assertThat(ics.split("DTSTAMP", -1)).hasSize(3);
    }
  }

  private static Person withCadence(Person p, int days) {
    return new Person(
        p.id(),
        p.name(),
        p.title(),
        p.company(),
        p.emails(),
        p.phones(),
        p.linkedin(),
        p.tags(),
        p.notes(),
        p.sources(),
        p.levelOverride(),
        days,
        p.firstMet());
  }
}
