package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportOptions;
import needle.imports.Progress;
import needle.imports.Skipped;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Calendars written by Google, Outlook, Exchange, Lotus Notes, Apple, Zimbra and others. */
@Tag("acceptance")
class IcsAcceptanceTest {
  static final Path ICS = Path.of(System.getProperty("needle.shared.data")).resolve("ics");

  static Stream<Path> valid() throws IOException {
    return files().filter(p -> !p.getParent().endsWith("invalid"));
  }

  static Stream<Path> invalid() throws IOException {
    return files().filter(p -> p.getParent().endsWith("invalid"));
  }

  static Stream<Path> files() throws IOException {
    try (Stream<Path> all = Files.walk(ICS)) {
      return all.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("valid")
  void everyValidFileImports(Path file) {
    ImportBatch batch = read(file, List.of(), "2025-06-30");
    assertThat(batch.entries())
        .allSatisfy(e -> assertThat(((Entry.Time) e).minutes()).isBetween(0.0, 1440.0));
  }

  /**
   * The files that break the standard break it in trivia (an attendee address with a space, an
   * empty CLASS, a blank line, a date with a digit missing): each imports, and says where and what.
   */
  @ParameterizedTest
  @MethodSource("invalid")
  void everyInvalidFileImportsWithWarningsAtTheirLines(Path file) {
    ImportBatch batch = read(file, List.of(), "2025-06-30");
    assertThat(batch.skipped().stream().filter(Skipped::warning))
        .isNotEmpty()
        .allSatisfy(
            w ->
                assertThat(w.toString())
                    .matches(
                        java.util.regex.Pattern.quote(file.toString())
                            + ":\\d+: .+ \\(expected .+\\); .+"));
  }

  /** Every sample calendar, valid or not, imports: none is refused over trivia. */
  @ParameterizedTest
  @MethodSource("files")
  void everySampleCalendarImports(Path file) {
    ImportBatch batch = read(file, List.of(), "2025-06-30");
    long warnings = batch.skipped().stream().filter(Skipped::warning).count();
    System.out.println("warnings\t" + warnings + "\t" + ICS.relativize(file));
    assertThat(batch.skipped()).allSatisfy(s -> assertThat(s.file()).isEqualTo(file.toString()));
  }

  @Test
  void theInvalidFilesSayWhatIsWrong() {
    // Each line was checked in the file by hand (sed -n LINEp).
    assertThat(warnings("groupwise.ics"))
        .containsExactly(
            ":18: ATTENDEE \"MAILTO:CET Meeting Room@university.edu\" is not a calendar address"
                + " (expected mailto:name@example.org, without spaces); this ATTENDEE is left out,"
                + " the event is kept");
    assertThat(warnings("korganizer.ics"))
        .containsExactly(":19: empty line inside VCALENDAR (expected NAME:VALUE); passed over");
    assertThat(warnings("phpicalendar_sample.ics"))
        .containsExactly(
            ":186: \"20031114T18300\" is not a date or date-time (expected e.g. 20240305T093000);"
                + " the event is left out, the rest of the file is kept");
    assertThat(warnings("tmeher.ics"))
        .containsExactly(
            ":36: CLASS \"\" is not a class (expected PUBLIC, PRIVATE or CONFIDENTIAL); the event"
                + " is kept as PRIVATE");
  }

  @Test
  void theGroupwiseMeetingIsReadWithoutItsRoom() {
    // groupwise.ics: 07:30-09:00Z on 2008-12-17, organized by Jane Doe, with the room written as
    // an attendee whose address has spaces. Read as Jane's calendar, the meeting is hers alone.
    ImportBatch batch =
        read(
            ICS.resolve("ical4j/invalid/groupwise.ics"),
            List.of("jane.doe@university.edu"),
            "2025-06-30");
    assertThat(batch.entries()).isEmpty();
    assertThat(batch.skipped())
        .extracting(Skipped::reason)
        .anySatisfy(
            r ->
                assertThat(r).isEqualTo("\"LT Team Meeting\" on 2008-12-17: no one else attended"));
  }

  @Test
  void aTextFileIsNotACalendar() {
    Path index = ICS.resolve("INDEX.tsv");
    assertThatThrownBy(() -> read(index, List.of(), "2025-06-30"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(index + ":1: not an iCalendar file: found \"");
  }

  @Test
  void recurringZimbraEventWithRdatesExdatesAndMovedInstances() {
    // recur_instances.ics: 30-minute meeting on the first Tuesday of each month from
    // 2012-10-02 10:00 America/Los_Angeles, plus RDATEs 2012-11-05, 11-10, 11-30; EXDATE 12-04.
    // Up to 2012-12-31 (2013-01-01 is a first Tuesday): 10-02 is moved to 15:00 and 11-05 to 11-06
    // 20:00 by overrides that list
    // only the organizer (skipped: no one else); 11-06, 11-10 and 11-30 remain, each split among
    // the 3 attendees (10 minutes each); the organizer jlal@mozilla.com is named in every event.
    ImportBatch batch = read(ICS.resolve("ical.js/recur_instances.ics"), List.of(), "2012-12-31");
    assertThat(batch.contacts()).hasSize(3);
    assertThat(batch.entries()).hasSize(9);
    assertThat(minutes(batch)).isEqualTo(90.0);
    assertThat(batch.skipped())
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.reason()).endsWith("no one else attended"));
  }

  @Test
  void recurringEventUpToLaterDateCountsEveryMonthAndThePeriodRdate() {
    // Up to 2024-12-31: 147 first Tuesdays from 2012-10 to 2024-12, less the moved 10-02 and
    // the three EXDATEs = 143, plus RDATEs 2012-11-10 and 11-30 = 145 of 30 minutes; plus
    // 2023-11-23 (30 minutes) and the PERIOD 2023-11-25 09:00Z/12:30Z (210 minutes).
    ImportBatch batch =
        read(ICS.resolve("ical.js/recur_instances.ics"), List.of("JLAL@mozilla.com"), "2024-12-31");
    assertThat(batch.entries()).hasSize(147 * 3);
    assertThat(minutes(batch)).isEqualTo(145 * 30 + 30 + 210.0);
  }

  @Test
  void invitationUpdatesKeepTheLatestSequenceAndIgnoreReplies() {
    // incoming.ics: three REQUESTs for one UID (SEQUENCE 2, 2, 0), a CANCEL (1), REPLYs and a
    // COUNTER. The later SEQUENCE 2 wins: "Pool party", 19:00-19:30Z. Organizer B is taken as
    // me (no --me); the ROOM and the NON-PARTICIPANT E do not count; A, C and D get 10 each.
    ImportBatch batch = read(ICS.resolve("ical4j/incoming.ics"), List.of(), "2025-06-30");
    assertThat(batch.entries())
        .extracting(e -> ((Entry.Time) e).who().emails().get(0))
        .containsExactlyInAnyOrder("a@example.com", "c@example.com", "d@example.com");
    assertThat(minutes(batch)).isEqualTo(30.0);
  }

  @Test
  void movedAndCancelledInstancesOfAKhalSeries() {
    // event_rrule_recuid_cancelled.ics: weekly 07:00-12:00 Europe/Berlin, 2014-06-30 until
    // 08-04 (6 instances); 07-07 moved, 07-14 cancelled. With --me someone else, the 5 kept
    // instances give 300 minutes each to nobody (no attendees): all skipped in 3 lines.
    ImportBatch batch =
        read(ICS.resolve("khal/event_rrule_recuid_cancelled.ics"), List.of(), "2025-06-30");
    assertThat(batch.entries()).isEmpty();
    assertThat(batch.skipped())
        .extracting(s -> s.reason())
        .containsExactly(
            "\"Arbeit\", 4 occurrences from 2014-06-30: no one else attended",
            "\"Arbeit\" on 2014-07-07: no one else attended",
            "\"Arbeit\" on 2014-07-14: cancelled");
  }

  @Test
  void windowsZoneNameWinsOverAWrongVtimezone() {
    // tz_windows_format.ics: 13:00-14:30 "New Zealand Standard Time" on 2019-11-20, whose
    // VTIMEZONE holds Central European rules; read as Pacific/Auckland it is 90 minutes on the
    // 20th. No attendees, so it is skipped; the date shows the zone was read as local time.
    ImportBatch batch = read(ICS.resolve("khal/tz_windows_format.ics"), List.of(), "2025-06-30");
    assertThat(batch.skipped())
        .singleElement()
        .extracting(s -> s.reason())
        .asString()
        .contains("on 2019-11-20");
  }

  private static List<String> warnings(String name) {
    Path file = ICS.resolve("ical4j/invalid").resolve(name);
    return read(file, List.of(), "2025-06-30").skipped().stream()
        .filter(Skipped::warning)
        .map(w -> w.toString().substring(file.toString().length()))
        .toList();
  }

  private static double minutes(ImportBatch batch) {
    return batch.entries().stream().mapToDouble(e -> ((Entry.Time) e).minutes()).sum();
  }

  private static ImportBatch read(Path file, List<String> me, String asOf) {
    return IcsImporter.read(
        file, new ImportOptions(me, LocalDate.parse(asOf), "split", 10, Progress.NONE));
  }
}
