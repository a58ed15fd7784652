package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * No command a person can type ends in "internal error" or a Java class: each mistake is one
 * sentence with what to do, and a fault is one sentence with an error id, its stack in a log.
 */
class EveryErrorASentenceTest {
  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Ada Lovelace");
  }

  /** One line on stderr, starting "needle: ", naming no exception. */
  static void aSentence(Cli.Result r, String expected) {
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("needle: " + expected + System.lineSeparator());
    assertThat(r.err()).doesNotContain("Exception", "internal error", "java.", "\tat ");
  }

  @Test
  void importIcsOnAFolderSaysItIsAFolder() throws Exception {
    Path dir = Files.createDirectory(folder.resolve("calendars"));
    aSentence(
        cli.run("import", "ics", dir.toString()),
        dir + " is a folder, not a file (give the path of an iCalendar file (.ics))");
  }

  @Test
  void importIcsOnAMissingFileSaysNoSuchFile() {
    Path missing = folder.resolve("missing.ics");
    aSentence(
        cli.run("import", "ics", missing.toString()), missing + ": no such file (check the path)");
  }

  @Test
  void importLedgerOnAFolderSaysItIsAFolderNotThatItIsMissing() throws Exception {
    Path dir = Files.createDirectory(folder.resolve("exports"));
    aSentence(
        cli.run("import", "ledger", dir.toString()),
        dir
            + " is a folder, not a file (give the path of a ledger CSV"
            + " (date,person,event,minutes,kind,value,outcome,note))");
  }

  @Test
  void exportVcardToAFolderSaysItIsAFolder() throws Exception {
    Path dir = Files.createDirectory(folder.resolve("out"));
    aSentence(
        cli.run("export", "vcard", "--out", dir.toString()),
        "cannot write "
            + dir
            + ": it is a folder (give the path of a file, such as one inside it)");
  }

  @Test
  void serveOnAPortThatIsNoneIsRefusedBeforeAnyLedgerIsMade() {
    Path home = folder.resolve("home");
    Cli.Result r = new CliWithoutDb(home).run("serve", "--port", "99999");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("port \"99999\" is not a port (expected a number from 1 to 65535, or 0 for any")
        .doesNotContain("Exception", "internal error");
    assertThat(home.resolve(".local/share/needle")).doesNotExist();
  }

  @Test
  void restoringABinaryFileSaysItIsBinaryNotInputLength() throws Exception {
    Path binary = Files.write(folder.resolve("backup.json"), new byte[] {(byte) 0xff, 0, 1, 2});
    Cli empty = Cli.sqlite(Files.createDirectory(folder.resolve("empty")));
    Cli.Result r = empty.run("restore", binary.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("needle: " + binary + ":1: ")
        .contains("binary, not text")
        .doesNotContain("Input length", "Exception", "CSV");
  }

  @Test
  void anEmptyMboxFailsLikeAnEmptyCsvVcardOrCalendar() throws Exception {
    for (String name : new String[] {"empty.mbox", "empty.csv", "empty.vcf", "empty.ics"}) {
      Path empty = Files.writeString(folder.resolve(name), "");
      String format =
          switch (name.substring(6)) {
            case "mbox" -> "mbox";
            case "csv" -> "people";
            case "vcf" -> "vcard";
            default -> "ics";
          };
      Cli.Result r = cli.run("import", format, empty.toString());
      assertThat(r.exit()).as(name).isEqualTo(1);
      assertThat(r.err()).as(name).startsWith("needle: " + empty);
    }
    assertThat(cli.run("import", "mbox", folder.resolve("empty.mbox").toString()).err())
        .contains(":1: the file is empty (expected an mbox mailbox");
  }

  @Test
  void anUnexpectedFaultIsOneSentenceAndItsStackIsLoggedWithoutItsMessage() throws Exception {
    Map<String, String> env = Map.of("XDG_DATA_HOME", folder.resolve("data").toString());
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new Failing());
    Errors errors = new Errors(env);
    cmd.setErr(new PrintWriter(err)).setExecutionExceptionHandler(errors);

    int exit = cmd.execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement();
    assertThat(err.toString())
        .startsWith("needle: something went wrong inside Needle and nothing was changed (error ")
        .contains(errors.log().toString())
        .doesNotContain("Exception", "Zorblax", "internal error");
    String log = Files.readString(errors.log());
    assertThat(log).contains("java.lang.IllegalStateException", "\tat ").doesNotContain("Zorblax");
  }

  @picocli.CommandLine.Command(name = "failing")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug that quotes Zorblax Quentin");
    }
  }

  @Test
  void personAddRefusesAnEmailThatCannotBeOneAsTheImportsDo() {
    aSentence(
        cli.run("person", "add", "Grace Hopper", "--email", "not-an-email"),
        "\"not-an-email\" is not an e-mail address (expected e.g. ada@example.org)");
    assertThat(cli.ok("people")).doesNotContain("Grace");
  }

  @Test
  void aDateBefore1900OrAYearAheadNeedsForce() {
    aSentence(
        cli.run("log", "time", "Ada Lovelace", "--minutes", "30", "--on", "1899-12-31"),
        "the date 1899-12-31 is before 1900-01-01: is it a typo? (pass --force to keep it)");
    aSentence(
        cli.run("ask", "Ada Lovelace", "--for", "an intro", "--on", "2028-01-01"),
        "the date 2028-01-01 is more than a year from today (after 2027-11-30): is it a typo?"
            + " (pass --force to keep it)");
    cli.ok("log", "time", "Ada Lovelace", "--minutes", "30", "--on", "1899-12-31", "--force");
    assertThat(cli.ok("person", "show", "Ada Lovelace")).contains("1899-12-31");
  }

  @Test
  void aValueThatIsNoNumberIsNotCalledADouble() {
    Cli.Result r = cli.run("log", "time", "Ada Lovelace", "--minutes", "lots");

    assertThat(r.err()).contains("'lots' is not a number").doesNotContain("double");
  }

  @Test
  void minutesOverADayAreKeptWithAWarningOnStderr() {
    Cli.Result r = cli.run("log", "time", "Ada Lovelace", "--minutes", "100000");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Logged 1666 h 40 min");
    assertThat(r.err())
        .startsWith("needle: warning: 1666 h 40 min is more than a day (1440 minutes); it is kept");
  }

  /** A command line with no --db: the ledger would go to the home folder's default. */
  private static final class CliWithoutDb {
    private final Cli cli;

    CliWithoutDb(Path home) {
      this.cli = new Cli("unused", home);
    }

    Cli.Result run(String... args) {
      return cli.runRaw(args);
    }
  }
}
