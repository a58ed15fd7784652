package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DupesCommandTest {
  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Anne C. Koehler", "--email", "c..koehler@enron.com");
    cli.ok("person", "add", "anne.koehler@enron.com", "--email", "anne.koehler@enron.com");
    cli.ok("person", "add", "Grace Hopper", "--email", "grace@navy.mil");
  }

  @Test
  void dupesListsThePairTheReasonAndTheMergeThatJoinsThem() {
    String out = cli.ok("dupes");

    assertThat(out)
        .contains("Anne C. Koehler  =  anne.koehler@enron.com")
        .contains(
            "The name anne.koehler@enron.com is an e-mail address that reads as Anne Koehler,"
                + " which fits Anne C. Koehler")
        .contains("needle person merge \"Anne C. Koehler\" anne.koehler@enron.com")
        .contains("1 suggestion;")
        .doesNotContain("Grace");
  }

  @Test
  void dupesJsonRowsCarryTheNamesTheReasonAndTheMergeCommand() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(cli.ok("dupes", "--json"));

    assertThat(rows).hasSize(1);
    JsonNode row = rows.get(0);
    assertThat(row.get("keep").asText()).isEqualTo("Anne C. Koehler");
    assertThat(row.get("gone").asText()).isEqualTo("anne.koehler@enron.com");
    assertThat(row.get("rule").asText()).isEqualTo("address-as-name");
    assertThat(row.get("reason").asText()).contains("reads as Anne Koehler");
    assertThat(row.get("merge").asText())
        .isEqualTo("needle person merge \"Anne C. Koehler\" anne.koehler@enron.com");
    assertThat(row.get("keepId").asLong()).isPositive();
  }

  @Test
  void theSuggestedMergeCommandRunsAsWrittenAndLeavesNoDuplicate() throws Exception {
    String merge =
        new ObjectMapper().readTree(cli.ok("dupes", "--json")).get(0).get("merge").asText();

    List<String> words = shellWords(merge);
    assertThat(words.subList(0, 1)).containsExactly("needle");
    cli.ok(words.subList(1, words.size()).toArray(String[]::new));

    assertThat(cli.ok("person", "show", "Anne C. Koehler")).contains("anne.koehler@enron.com");
    assertThat(cli.ok("dupes")).isEqualTo("No likely duplicates." + System.lineSeparator());
    assertThat(cli.ok("dupes", "--json").strip()).isEqualTo("[ ]");
  }

  @Test
  void dupesAndTheirMergeWorkTheSameOnPostgres() throws Exception {
    Cli postgres = new Cli(TestDatabases.postgresDatabase().url(), folder.resolve("pg"));
    postgres.ok("person", "add", "Mike Grigsby", "--email", "mike.grigsby@enron.com");
    postgres.ok("person", "add", "Michael Grigsby", "--title", "Manager");

    JsonNode row = new ObjectMapper().readTree(postgres.ok("dupes", "--json")).get(0);
    assertThat(row.get("merge").asText())
        .isEqualTo("needle person merge \"Michael Grigsby\" \"Mike Grigsby\"");
    postgres.ok("person", "merge", row.get("keep").asText(), row.get("gone").asText());

    assertThat(postgres.ok("dupes")).startsWith("No likely duplicates.");
    assertThat(postgres.ok("people")).contains("mike.grigsby@enron.com").doesNotContain("Mike ");
  }

  /** Splits a command line as a POSIX shell would: double quotes group, backslash escapes. */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted) {
        word.append(line.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any || word.length() > 0) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    words.add(word.toString());
    return words;
  }
}
