package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.imports.ImportException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed file fails as a whole with FILE:LINE: what is wrong, never a library's exception. */
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
          blank line inside        | BEGIN:VCALENDAR\\n\\nEND:VCALENDAR                          | :2: empty line inside VCALENDAR
          never closed             | BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nUID:x                      | :3: VEVENT begun on line 2 is never closed (expected END:VEVENT)
          wrong END                | BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nEND:VCALENDAR              | :3: END:VCALENDAR does not close anything (expected END:VEVENT)
          no colon                 | BEGIN:VCALENDAR\\nSUMMARY\\nEND:VCALENDAR                   | :2: "SUMMARY" is not a content line
          bad date-time            | BEGIN:VEVENT\\nDTSTART:20240230T100000\\nEND:VEVENT          | :2: "20240230T100000" is not a real date or time
          short time               | BEGIN:VEVENT\\nDTSTART:20240203T1000\\nDTEND:2024T1\\nEND:VEVENT | :3: "2024T1" is not a date or date-time
          bad duration             | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nDURATION:1 hour\\nEND:VEVENT | :3: "1 hour" is not a duration
          end before start         | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nDTEND:20240203T090000Z\\nEND:VEVENT | :3: DTEND 20240203T090000Z is before DTSTART
          bad rule                 | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nRRULE:FREQ=HOURLYISH\\nEND:VEVENT | :3: RRULE "FREQ=HOURLYISH" is not a recurrence rule
          address with spaces      | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nATTENDEE:mailto:Big Room@example.org\\nEND:VEVENT | :3: ATTENDEE "mailto:Big Room@example.org" is not a calendar address
          empty class              | BEGIN:VEVENT\\nDTSTART:20240203T100000Z\\nCLASS:\\nEND:VEVENT | :3: CLASS "" is not a class (expected PUBLIC, PRIVATE or CONFIDENTIAL)
          bad offset               | BEGIN:VCALENDAR\\nBEGIN:VTIMEZONE\\nTZID:X\\nBEGIN:STANDARD\\nDTSTART:16010101T000000\\nTZOFFSETFROM:+0100\\nTZOFFSETTO:one\\nEND:STANDARD\\nEND:VTIMEZONE\\nBEGIN:VEVENT\\nDTSTART;TZID=X:20240203T100000\\nEND:VEVENT\\nEND:VCALENDAR | :7: "one" is not a UTC offset
          """)
  void failsWithTheLineAndWhatIsWrong(String what, String text, String message) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.ics"), text.replace("\\n", "\r\n"));
    assertThatThrownBy(() -> IcsImporter.read(file, IcsImporterGoldenTest.OPTIONS))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + message);
  }
}
