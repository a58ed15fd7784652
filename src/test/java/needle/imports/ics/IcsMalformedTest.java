package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.Skipped;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Structure fails, trivia warns: a file that is not a calendar or whose structure is broken fails
 * as a whole with FILE:LINE: what is wrong, never a library's exception; a bad value inside a sound
 * event is a warning with its FILE:LINE, and the file goes on.
 */
class IcsMalformedTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain text               | Dear Ada,\\nsee you Tuesday.                               | :1: not an iCalendar file: found "Dear Ada,"
          a vCard                  | BEGIN:VCARD\\nFN:Ada\\nEND:VCARD                            | :1: BEGIN:VCARD is not an iCalendar object
          empty file               | \\n                                                         | :1: the file is empty
          never closed             | BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nUID:x                      | :3: VEVENT begun on line 2 is never closed (expected END:VEVENT)
          wrong END                | BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nEND:VCALENDAR              | :3: END:VCALENDAR does not close anything (expected END:VEVENT)
          END without BEGIN        | BEGIN:VCALENDAR\\nEND:VCALENDAR\\nEND:VEVENT                | :3: END:VEVENT does not close anything (nothing is open)
          no colon                 | BEGIN:VCALENDAR\\nSUMMARY\\nEND:VCALENDAR                   | :2: "SUMMARY" is not a content line
          """)
  void aBrokenStructureFailsWithTheLineAndWhatIsWrong(String what, String text, String message)
      throws Exception {
    Path file = Files.writeString(dir.resolve("bad.ics"), text.replace("\\n", "\r\n"));
    assertThatThrownBy(() -> IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          blank line inside        | BEGIN:VCALENDAR\\n\\nEND:VCALENDAR                          | :2: empty line inside VCALENDAR (expected NAME:VALUE); passed over
          bad date-time            | BEGIN:VEVENT\\nDTSTART:20240230T100000\\nEND:VEVENT          | :2: "20240230T100000" is not a real date or time (expected e.g. 20240305T093000); the event is left out
          short time               | BEGIN:VEVENT\\nDTSTART:20240203T1000\\nDTEND:2024T1\\nEND:VEVENT | :3: "2024T1" is not a date or date-time
          bad duration             | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nDURATION:1 hour\\nEND:VEVENT | :3: "1 hour" is not a duration
          end before start         | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nDTEND:20240203T090000Z\\nEND:VEVENT | :3: DTEND 20240203T090000Z is before DTSTART
          bad rule                 | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nRRULE:FREQ=HOURLYISH\\nEND:VEVENT | :3: RRULE "FREQ=HOURLYISH" is not a recurrence rule (expected e.g. FREQ=WEEKLY;BYDAY=MO); the event is left out
          address with spaces      | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nATTENDEE:mailto:Big Room@example.org\\nEND:VEVENT | :3: ATTENDEE "mailto:Big Room@example.org" is not a calendar address (expected mailto:name@example.org, without spaces); this ATTENDEE is left out, the event is kept
          empty class              | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nCLASS:\\nEND:VEVENT | :3: CLASS "" is not a class (expected PUBLIC, PRIVATE or CONFIDENTIAL); the event is kept as PRIVATE
          bad sequence             | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nSEQUENCE:two\\nEND:VEVENT | :3: SEQUENCE "two" is not a number (expected e.g. SEQUENCE:2); read as 0
          unknown time zone        | BEGIN:VEVENT\\nDTSTART;TZID=Mars/Olympus:20240203T100000\\nEND:VEVENT | :2: TZID "Mars/Olympus" is not a time zone (expected an IANA name such as Europe/Paris, or a VTIMEZONE of that TZID); its times are read as local time
          bad offset               | BEGIN:VCALENDAR\\nBEGIN:VTIMEZONE\\nTZID:X\\nBEGIN:STANDARD\\nDTSTART:16010101T000000\\nTZOFFSETFROM:+0100\\nTZOFFSETTO:one\\nEND:STANDARD\\nEND:VTIMEZONE\\nBEGIN:VEVENT\\nDTSTART;TZID=X:20240203T100000\\nEND:VEVENT\\nEND:VCALENDAR | :7: "one" is not a UTC offset (expected e.g. +0100 or -0800); the VTIMEZONE X is read as local time
          """)
  void aBadValueInASoundEventIsAWarningAndTheFileGoesOn(String what, String text, String warning)
      throws Exception {
    Path file = Files.writeString(dir.resolve("trivia.ics"), text.replace("\\n", "\r\n"));
    ImportBatch batch = IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS);
    assertThat(batch.skipped())
        .filteredOn(Skipped::warning)
        .singleElement()
        .extracting(Skipped::toString)
        .asString()
        .startsWith(file + warning);
  }

  @org.junit.jupiter.api.Test
  void theEventsAroundABadOneAreKept() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("two.ics"),
            String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "BEGIN:VEVENT",
                "UID:bad",
                "DTSTART:2024T1",
                "ATTENDEE:mailto:ada@example.org",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:good",
                "DTSTART:20240203T100000Z",
                "DTEND:20240203T110000Z",
                "ORGANIZER:mailto:me@example.org",
                "ATTENDEE:mailto:ada@example.org",
                "END:VEVENT",
                "END:VCALENDAR"));
    ImportBatch batch =
        IcsImporter.read(
            file,
            new needle.imports.ImportOptions(
                java.util.List.of("me@example.org"),
                java.time.LocalDate.of(2025, 1, 1),
                "split",
                10,
                needle.imports.Progress.NONE));
    assertThat(batch.entries()).hasSize(1);
    assertThat(batch.skipped()).filteredOn(Skipped::warning).hasSize(1);
  }
}
