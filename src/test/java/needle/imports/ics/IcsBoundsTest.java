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
  void aRuleThatRepeatsEveryMinuteIsRefusedWithANote() throws Exception {
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

    assertThat(batch.entries()).hasSize(1);
    assertThat(batch.skipped())
        .singleElement()
        .extracting(s -> s.reason())
        .asString()
        .contains("RRULE FREQ=MINUTELY repeats more often than daily");
  }

  @Test
  void aDailyMeetingForThirteenYearsIsCountedInFull() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("daily.ics"),
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:daily@example.org
            DTSTART;TZID=Europe/Berlin:20120101T090000
            DTEND;TZID=Europe/Berlin:20120101T091500
            RRULE:FREQ=DAILY
            ORGANIZER:mailto:me@example.org
            ATTENDEE:mailto:bob@example.org
            END:VEVENT
            END:VCALENDAR
            """);
    ImportBatch batch = IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS);

    // 2012-01-01 to 2024-12-31 inclusive: 13 years with 4 leap days, under the cap of 5,000.
    assertThat(batch.entries()).hasSize(13 * 365 + 4);
    assertThat(batch.skipped()).isEmpty();
  }
}
