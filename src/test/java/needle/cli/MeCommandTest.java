package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code me}: who the owner is, on an SQLite file and on PostgreSQL. */
class MeCommandTest {
  @TempDir Path folder;

  static Stream<Arguments> engines() {
    return Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
  }

  private Cli cli(String engine) {
    return engine.equals("sqlite")
        ? Cli.sqlite(folder)
        : new Cli(TestDatabases.postgresDatabase().url(), folder);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void meShowsAddsAndRemovesTheOwnersAddresses(String engine) {
    Cli cli = cli(engine);

    assertThat(cli.ok("me")).contains("E-mail:   - (add yours with: needle me add EMAIL)");
    assertThat(cli.ok("me", "name", "Ada Lovelace")).isEqualTo("You are Ada Lovelace.\n");
    assertThat(cli.ok("me", "add", "ada@example.org")).isEqualTo("Yours now: ada@example.org.\n");
    cli.ok("me", "add", "https://www.linkedin.com/in/ada/");
    cli.ok("me", "add", "ada@work.example");
    assertThat(cli.ok("me", "remove", "ada@example.org"))
        .isEqualTo(
            "Removed ada@example.org; yours now: ada@work.example,"
                + " https://www.linkedin.com/in/ada.\n");

    assertThat(cli.ok("me"))
        .isEqualTo(
            """
            Name:     Ada Lovelace
            E-mail:   ada@work.example
            LinkedIn: https://www.linkedin.com/in/ada
            """);
    assertThat(cli.ok("me", "--json"))
        .contains("\"name\" : \"Ada Lovelace\"")
        .contains("\"emails\" : [ \"ada@work.example\" ]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void anAddressOfSomeoneInTheLedgerTakesThemOutOfTheRanking(String engine) {
    Cli cli = cli(engine);
    cli.ok("person", "add", "Ada at work", "--email", "ada@work.example");
    cli.ok("person", "add", "Bob Stone");
    cli.ok("log", "time", "Ada at work", "--minutes", "30", "--on", "2026-03-02");

    String added = cli.ok("me", "add", "ada@work.example");

    assertThat(added)
        .contains(
            "Ada at work has this address in the ledger, so is taken for you: kept with every"
                + " entry, but left out of rankings and listings (needle me remove undoes it).");
    assertThat(cli.ok("rank")).doesNotContain("Ada at work").contains("Bob Stone");
    assertThat(cli.ok("people")).doesNotContain("Ada at work");
    assertThat(cli.ok("me")).contains("Also in the ledger as: Ada at work");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aWrongAddressIsOneSentenceAndAFailure(String engine) {
    Cli.Result result = cli(engine).run("me", "add", "ada-at-example");

    assertThat(result.exit()).isNotZero();
    assertThat(result.err())
        .contains(
            "\"ada-at-example\" is not an e-mail address or a LinkedIn URL (expected e.g."
                + " ada@example.org)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void importsUseTheKeptAddressesWithoutGuessing(String engine) {
    Cli cli = cli(engine);
    cli.ok("me", "add", "me@example.org");

    Cli.Result result =
        cli.run("import", "mbox", "src/test/resources/needle/imports/mbox/sent.mbox");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).doesNotContain("taken as you");
    assertThat(cli.ok("people")).doesNotContain("me@example.org");
  }
}
