package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** A command line builds the model of the command it names only; anything else gets them all. */
class CommandRegistrationTest {
  private static Set<String> registered(String line) {
    String[] args = line.isBlank() ? new String[0] : line.split(" ");
    CommandLine root =
        Main.commandLine(
            new App(Map.of(), Clock.systemUTC()),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            args);
    return root.getSubcommands().keySet();
  }

  @ParameterizedTest
  @CsvSource({
    "rank, rank",
    "rank --json, rank",
    "--db ledger.db rank, rank",
    "--db=ledger.db person add Ada, person",
    "--config rank people, people",
    "--db ledger.db log time Ada --minutes 5, log",
  })
  void aNamedCommandIsTheOnlyOneBuilt(String line, String command) {
    assertThat(registered(line)).containsExactly(command);
  }

  @ParameterizedTest
  @CsvSource({
    "''",
    "--help",
    "--version",
    "--db ledger.db",
    "rnak",
    "demo --no-serve",
    "generate-completion"
  })
  void usageTyposAndCommandsThatReachTheOthersGetEveryCommand(String line) {
    assertThat(registered(line)).hasSize(16).contains("person", "rank", "serve", "demo");
  }
}
