package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every import format through the command line: a summary first, nothing new the second time. */
class ImportCommandsTest {
  private static final String FIXTURES = "src/test/resources/needle/imports/";
  @TempDir Path folder;

  @ParameterizedTest(name = "import {0} {1}")
  @CsvSource({
    "people,   csv/people.csv,                     3 people created",
    "ledger,   csv/ledger.csv,                     8 entries added",
    "linkedin, linkedin/connections-2024.csv,      3 people created (Ada Lovelace, Grace Hopper, Alan Turing)",
    "linkedin, linkedin/messages-12-columns.csv,   3 entries added",
    "vcard,    vcard/apple-3.0.vcf,                4 people created",
    "google,   google/google-new.csv,              3 people created",
    "ics,      ics/attendance.ics,                 15 entries added"
  })
  void importsOnceAndThenChangesNothing(String format, String file, String summary) {
    Cli cli = Cli.sqlite(folder);
    String path = FIXTURES + file;

    String first =
        cli.ok("import", format, path, "--me", "me@example.org", "--as-of", "2026-11-30");
    String second =
        cli.ok("import", format, path, "--me", "me@example.org", "--as-of", "2026-11-30");

    assertThat(first).startsWith("Imported " + path + ": ").contains(summary);
    assertThat(second).startsWith("Imported " + path + ": nothing new");
  }

  @Test
  void aSummaryNamesTenPeopleCreatedAndCountsTheRest() throws Exception {
    StringBuilder csv = new StringBuilder("name,title,company,email\n");
    for (int i = 1; i <= 30; i++) {
      csv.append("Person ").append(i).append(",,,\n");
    }
    Path people = Files.writeString(folder.resolve("people.csv"), csv);

    String summary = Cli.sqlite(folder).ok("import", "people", people.toString());

    assertThat(summary)
        .contains("30 people created (Person 1, Person 2,")
        .contains(", Person 10 and 20 more)")
        .doesNotContain("Person 11");
  }

  @Test
  void aBrokenFileIsNamedWithItsLineAndNothingIsKept() throws Exception {
    Cli cli = Cli.sqlite(folder);
    Path vcf =
        Files.writeString(folder.resolve("broken.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n");

    Cli.Result r = cli.run("import", "vcard", vcf.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("needle: " + vcf + ":").doesNotContain("Exception");
    assertThat(cli.ok("people")).contains("The ledger is empty");
  }

  @Test
  void linkedinMessagesGiveReplyRatesAndLatencyAsMailDoes() {
    Cli cli = Cli.sqlite(folder);
    cli.ok("import", "linkedin", FIXTURES + "linkedin/messages-12-columns.csv");

    String katherine = cli.ok("person", "show", "Katherine Johnson");
    String dorothy = cli.ok("person", "show", "Dorothy Vaughan");

    assertThat(katherine).contains("mail:     1 sent, 1 replied (100%), median reply 20.5 h");
    assertThat(dorothy).contains("mail:     1 sent, 0 replied (0%)");
  }

  @Test
  void anInboxThatOnlyAnswersCountsItsRepliesInTheSummary() {
    Cli cli = Cli.sqlite(folder);
    cli.ok("import", "mbox", FIXTURES + "mbox/sent.mbox", "--me", "me@example.org");

    String inbox = cli.ok("import", "mbox", FIXTURES + "mbox/inbox.mbox", "--me", "me@example.org");
    String again = cli.ok("import", "mbox", FIXTURES + "mbox/inbox.mbox", "--me", "me@example.org");

    assertThat(inbox).contains("recorded for reply rates").doesNotContain("nothing new");
    assertThat(again).contains("nothing new");
  }

  @Test
  void aMailboxWithoutMeSaysWhomItTookToBeYou() {
    Cli.Result result = Cli.sqlite(folder).run("import", "mbox", FIXTURES + "mbox/sent.mbox");

    assertThat(result.exit()).isZero();
    assertThat(result.err())
        .startsWith(
            FIXTURES
                + "mbox/sent.mbox: no address of yours is known, so me@example.org was taken as"
                + " you for this import")
        .contains("remember it with: needle me add me@example.org (or pass --me EMAIL).");
    assertThat(result.out()).startsWith("Imported " + FIXTURES + "mbox/sent.mbox: ");
  }

  @Test
  void aCalendarWithTriviaImportsAndTheSummaryQuotesTheFirstFiveWarnings() throws Exception {
    Cli cli = Cli.sqlite(folder);
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\n");
    for (int i = 0; i < 7; i++) {
      ics.append("\r\n"); // a blank line inside the calendar, seven times
    }
    ics.append("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260105T100000Z\r\nDTEND:20260105T110000Z\r\n")
        .append("ORGANIZER:mailto:me@example.org\r\nATTENDEE:mailto:ada@example.org\r\n")
        .append("END:VEVENT\r\nEND:VCALENDAR\r\n");
    java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("trivia.ics"), ics);

    String out = cli.ok("import", "ics", file.toString(), "--me", "me@example.org");

    assertThat(out)
        .contains("1 entry added")
        .contains("7 warnings (each value left out, the rest of the file imported):")
        .contains(file + ":2: empty line inside VCALENDAR (expected NAME:VALUE); passed over")
        .contains(file + ":6: empty line inside VCALENDAR")
        .doesNotContain(file + ":7: ")
        .contains("  … and 2 more");
  }
}
