package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad input gets one clear sentence, a non-zero exit, and no change to the ledger. */
class BadInputTest {
  @TempDir Path folder;
  Cli cli;
  String before;

  @BeforeEach
  void ledgerWithOnePerson() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Greg Alvarez");
    cli.ok("log", "time", "Greg Alvarez", "--minutes", "30", "--on", "2026-11-01");
    cli.ok("ask", "Greg Alvarez", "--for", "feedback", "--on", "2026-11-02");
    before = cli.ok("rank", "--json") + cli.ok("asks", "--json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      log time Gregg --minutes 5                         | 1 | unknown person "Gregg" (did you mean "Greg Alvarez"?
      ask Nobody --for x                                 | 1 | unknown person "Nobody" (add them first with: needle person add "Nobody")
      log gave 'Greg Alvarez' --kind gaveth                | 1 | unknown kind "gaveth" (expected job, promotion, raise, sponsorship, deal, win, referral, tool, introduction, advice, feedback, endorsement, other)
      log time 'Greg Alvarez' --minutes 5 --on 2026-13-40  | 1 | invalid date "2026-13-40" (expected YYYY-MM-DD
      log time 'Greg Alvarez' --minutes -5                 | 1 | minutes must be zero or more, not -5.0
      log time 'Greg Alvarez' --minutes 5 --channel fax    | 1 | unknown channel "fax" (expected meeting, call, coffee, lunch, email, message, event)
      log got 'Greg Alvarez' --kind job --value -1         | 1 | value must be zero or more points
      ask resolve 999 granted                            | 1 | there is no ask 999 (see the ids with: needle asks)
      ask resolve 1 maybe                                | 1 | unknown outcome "maybe" (expected open, granted, declined, answered, ignored)
      ask resolve 1 open                                 | 1 | cannot be resolved as "open"
      rank --by charm                                    | 1 | unknown sort key "charm" (expected roi, strength, hours, balance)
      person add 'GREG ALVAREZ'                         | 1 | "Greg Alvarez" is already in the ledger
      rank --frobnicate                                  | 2 | Unknown option: '--frobnicate'
      log time                                           | 2 | Missing required
      """)
  void isRefusedClearlyAndChangesNothing(String command, int exit, String message) {
    Cli.Result r = cli.run(split(command));

    assertThat(r.exit()).isEqualTo(exit);
    assertThat(r.err())
        .startsWith("needle: ")
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(cli.ok("rank", "--json") + cli.ok("asks", "--json")).isEqualTo(before);
  }

  /** Splits on spaces but keeps 'quoted words' together, as a shell would. */
  private static String[] split(String command) {
    Matcher words = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
    List<String> args = new ArrayList<>();
    while (words.find()) {
      args.add(words.group(1) != null ? words.group(1) : words.group(2));
    }
    return args.toArray(String[]::new);
  }

  @Test
  void aDbInAFolderThatDoesNotExistIsRefused() {
    Path missing = folder.resolve("nowhere/needle.db");

    Cli.Result r = new Cli(missing.toString(), folder).run("people");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "needle: cannot open ledger "
                + missing
                + ": the folder "
                + missing.getParent()
                + " does not exist (create it, or choose another --db)"
                + System.lineSeparator());
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void aLedgerFromANewerNeedleIsRefused() throws Exception {
    Path db = folder.resolve("needle.db");
    needle.storage.TestDatabases.execute(
        new needle.storage.Location.SqliteFile(db, false),
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " installed_by, execution_time, success) VALUES (12, '12', 'f', 'SQL', 'V12__f.sql', 'x', 0, 1)");

    Cli.Result r = cli.run("rank");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("was written by a newer Needle (schema version 12");
    assertThat(Files.size(db)).isPositive();
  }
}
