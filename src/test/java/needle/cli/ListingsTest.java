package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import needle.app.Json;
import needle.demo.DemoStory;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rank} and {@code people} at scale: limits, filters, search, and ties by hours. */
class ListingsTest {
  @TempDir Path folder;
  private Cli cli;

  @BeforeEach
  void demo() {
    Ledger.open(TestDatabases.sqliteFile(folder)).update(s -> DemoStory.write(s, Cli.TODAY));
    cli = Cli.sqlite(folder);
  }

  @Test
  void limitCutsTheListAndSaysHowManyMore() {
    String out = cli.ok("rank", "--limit", "3");

    assertThat(out.lines().filter(l -> l.contains("  ")).count()).isEqualTo(4);
    assertThat(out).contains("… and 8 more (of 11)");
  }

  @Test
  void classAndActionFilterTheRanking() throws Exception {
    JsonNode strong = json("rank", "--json", "--class", "strong");
    JsonNode reduce = json("rank", "--json", "--action", "reduce");

    assertThat(strong)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("class").asText()).isEqualTo("strong"));
    assertThat(reduce)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("action").asText()).isEqualTo("reduce"));
  }

  @Test
  void searchFindsPeopleByPartOfTheirNameOrCompany() throws Exception {
    assertThat(json("people", "--json", "--search", "GRET"))
        .extracting(r -> r.get("name").asText())
        .containsExactly("Greta Alvarez");
    assertThat(json("rank", "--json", "--search", "alvarez")).hasSize(1);
    assertThat(cli.ok("people", "--search", "nobody by that name"))
        .contains("No one matches (of 11 people)");
  }

  @Test
  void tiesAreBrokenByHoursInvestedMostFirst() throws Exception {
    JsonNode rows = json("rank", "--json");
    for (int i = 1; i < rows.size(); i++) {
      JsonNode before = rows.get(i - 1);
      JsonNode after = rows.get(i);
      if (before.get("roi").asDouble() == after.get("roi").asDouble()) {
        assertThat(before.get("hours").asDouble())
            .isGreaterThanOrEqualTo(after.get("hours").asDouble());
      }
    }
  }

  private JsonNode json(String... args) throws Exception {
    return Json.mapper().readTree(cli.ok(args));
  }
}
