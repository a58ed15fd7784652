package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.imports.ImportBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsBoundsTest {
  @TempDir Path dir;

  @Test
  void aRuleThatRepeatsEveryMinuteStopsAtTheCapWithANote() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("minutely.ics"),
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:storm@example.org
            SUMMARY:Storm
            DTSTART:20240101T000000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY
            ORGANIZER:mailto:me@example.org
            ATTENDEE:mailto:bob@example.org
            END:VEVENT
            END:VCALENDAR
            """);
    ImportBatch batch = IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS);

    assertThat(batch.entries()).hasSize(Series.MAX_INSTANCES);
    assertThat(batch.skipped())
        .singleElement()
        .extracting(s -> s.reason())
        .asString()
        .contains("repeats more than 20000 times");
  }

  @Test
  void aDailyMeetingForThirtyYearsIsCountedInFull() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("daily.ics"),
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:daily@example.org
            DTSTART;TZID=Europe/Berlin:19950101T090000
            DTEND;TZID=Europe/Berlin:19950101T091500
            RRULE:FREQ=DAILY
            ORGANIZER:mailto:me@example.org
            ATTENDEE:mailto:bob@example.org
            END:VEVENT
            END:VCALENDAR
            """);
    ImportBatch batch = IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS);

    // 1995-01-01 to 2024-12-31 inclusive: 30 years with 8 leap days.
    assertThat(batch.entries()).hasSize(30 * 365 + 8);
    assertThat(batch.skipped()).isEmpty();
  }
}
