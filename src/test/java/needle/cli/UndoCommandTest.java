package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code person delete}, {@code entry delete} and {@code undo [--list]}, on both engines. */
class UndoCommandTest {
  @TempDir static Path home;

  static Stream<Arguments> engines() {
    return Stream.of(
        Arguments.of("sqlite", home.resolve("undo-" + System.nanoTime() + ".db").toString()),
        Arguments.of("postgresql", TestDatabases.postgresDatabase().url()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aMistypedEntryIsDeletedAndTheDeleteIsUndone(String engine, String db) {
    Cli cli = new Cli(db, home);
    cli.ok("person", "add", "Ada Lovelace", "--email", "ada@example.org");
    cli.ok("log", "time", "Ada Lovelace", "--minutes", "600", "--on", "2026-11-02");
    String shown = cli.ok("person", "show", "Ada Lovelace");
    String id = shown.replaceAll("(?s).*2026-11-02\\s+time\\s+(\\d+).*", "$1");
    assertThat(id).as(shown).matches("\\d+");

    assertThat(cli.ok("entry", "delete", id))
        .startsWith("Deleted time entry " + id + ": 10 h")
        .contains("with Ada Lovelace on 2026-11-02")
        .contains("needle undo");
    assertThat(cli.ok("person", "show", "Ada Lovelace")).doesNotContain("2026-11-02");

    assertThat(cli.ok("undo")).startsWith("Undid change").contains("delete time entry " + id);
    assertThat(cli.ok("person", "show", "Ada Lovelace")).contains("2026-11-02");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aDeletedPersonComesBackWithUndo(String engine, String db) {
    Cli cli = new Cli(db, home);
    cli.ok("person", "add", "Mark Pickering", "--title", "CTO");
    cli.ok("log", "got", "Mark Pickering", "--kind", "promotion", "--on", "2026-10-01");
    cli.ok("ask", "Mark Pickering", "--for", "an intro to the board", "--on", "2026-10-02");

    assertThat(cli.ok("person", "delete", "Mark Pickering"))
        .isEqualTo(
            "Deleted Mark Pickering and everything logged for them. (needle undo takes it back)\n");
    assertThat(cli.ok("people")).doesNotContain("Mark Pickering");
    assertThat(cli.ok("asks")).doesNotContain("an intro to the board");

    cli.ok("undo");
    assertThat(cli.ok("rank", "--json"))
        .contains("\"name\" : \"Mark Pickering\"")
        .doesNotContain("\"received\" : 0.0");
    assertThat(cli.ok("asks")).contains("an intro to the board");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aWholeImportIsOneChangeInTheList(String engine, String db) throws Exception {
    Cli cli = new Cli(db, home);
    cli.ok("person", "add", "Ada Lovelace");
    Path file =
        Files.writeString(
            home.resolve("people-" + engine + ".csv"),
            "name,title,company,email\n"
                + "Grace Hopper,Rear Admiral,US Navy,grace@navy.example\n"
                + "Alan Turing,Fellow,King's College,alan@kings.example\n");
    cli.ok("import", "people", file.toString());

    String list = cli.ok("undo", "--list");
    assertThat(list.lines().skip(1).findFirst().orElseThrow())
        .contains("import people-" + engine + ".csv");
    assertThat(list).contains("add Ada Lovelace");
    assertThat(cli.ok("undo", "--list", "--json"))
        .contains("\"change\" : \"import people-" + engine + ".csv\"")
        .contains("\"at\" : \"2026-");

    assertThat(cli.ok("undo")).contains("import people-" + engine + ".csv");
    assertThat(cli.ok("people")).contains("Ada Lovelace").doesNotContain("Grace Hopper");
    assertThat(cli.ok("import", "people", file.toString())).contains("Grace Hopper");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void withNothingToUndoItSaysSo(String engine, String db) {
    Cli cli = new Cli(db, home);
    assertThat(cli.ok("undo", "--list")).isEqualTo("No changes to undo.\n");
    assertThat(cli.ok("undo")).isEqualTo("Nothing to undo.\n");
    Cli.Result missing = cli.run("entry", "delete", "999");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("there is no entry 999").contains("person show");
  }
}
