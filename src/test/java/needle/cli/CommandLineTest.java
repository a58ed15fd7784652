package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
  }

  JsonNode json(String... args) throws Exception {
    return JSON.readTree(cli.ok(args));
  }

  @Test
  void peopleJsonCarriesTheDesignFields() throws Exception {
    cli.ok(
        "person",
        "add",
        "Greta Alvarez",
        "--title",
        "Senior Director of Engineering",
        "--company",
        "Northwind",
        "--email",
        "greta@northwind.example");

    JsonNode greta = json("people", "--json").get(0);

    assertThat(greta.get("name").asText()).isEqualTo("Greta Alvarez");
    assertThat(greta.get("title").asText()).isEqualTo("Senior Director of Engineering");
    assertThat(greta.get("company").asText()).isEqualTo("Northwind");
    assertThat(greta.get("emails").get(0).asText()).isEqualTo("greta@northwind.example");
    assertThat(greta.get("level").asInt()).isEqualTo(4);
  }

  @Test
  void rankJsonRowsCarryExactlyTheDesignFieldsAndFigures() throws Exception {
    cli.ok("person", "add", "Priya", "--title", "Staff Engineer");
    cli.ok("log", "time", "Priya", "--minutes", "120", "--on", "2026-11-30");
    cli.ok("log", "joint", "Priya", "--kind", "win", "--on", "2026-11-30");
    cli.ok("log", "gave", "Priya", "--kind", "advice", "--on", "2026-11-30");

    JsonNode row = json("rank", "--json", "--as-of", "2026-11-30").get(0);

    List<String> fields = new ArrayList<>();
    row.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .contains(
            "name",
            "title",
            "level",
            "hours",
            "given",
            "received",
            "roi",
            "balance",
            "openness",
            "strength",
            "class",
            "direction",
            "action",
            "reasons");
    assertThat(row.get("hours").asDouble()).isEqualTo(2.0);
    assertThat(row.get("given").asDouble()).isEqualTo(6.0);
    assertThat(row.get("received").asDouble()).isEqualTo(5.0);
    assertThat(row.get("roi").asDouble()).isEqualTo(2.5);
    assertThat(row.get("balance").asDouble()).isEqualTo(0.4545);
    assertThat(row.get("openness").isNull()).isTrue();
    assertThat(row.get("class").asText()).isEqualTo("strong");
    assertThat(row.get("direction").isNull()).isTrue();
    assertThat(row.get("action").asText()).isEqualTo("invest");
    assertThat(row.get("reasons").get(0).asText()).contains("got 5.0 points, gave 6.0");
  }

  @Test
  void rankTableIsAlignedAndReadable() {
    cli.ok("person", "add", "Kyle Morgan", "--title", "Account Executive");
    cli.ok("log", "gave", "Kyle Morgan", "--kind", "referral", "--on", "2026-11-01");
    cli.ok("log", "gave", "Kyle Morgan", "--kind", "introduction", "--on", "2026-11-02");

    String table = cli.ok("rank", "--as-of", "2026-11-30");

    assertThat(table).contains("Ranked by roi as of 2026-11-30:");
    assertThat(table.lines().skip(1).findFirst().orElseThrow())
        .startsWith("NAME")
        .contains("CLASS");
    assertThat(table).contains("one-sided (they-take)").contains("ask");
  }

  @Test
  void asOfCutsOffLaterEvents() throws Exception {
    cli.ok("person", "add", "Dana");
    cli.ok("log", "got", "Dana", "--kind", "raise", "--on", "2026-06-01");

    JsonNode before = json("rank", "--json", "--as-of", "2026-05-31").get(0);

    assertThat(before.get("received").asDouble()).isZero();
    assertThat(before.get("class").asText()).isEqualTo("new");
  }

  @Test
  void rankByHoursSortsByHours() throws Exception {
    cli.ok("person", "add", "A");
    cli.ok("person", "add", "B");
    cli.ok("log", "time", "A", "--minutes", "30");
    cli.ok("log", "time", "B", "--minutes", "90");

    JsonNode rows = json("rank", "--json", "--by", "hours");

    assertThat(rows.get(0).get("name").asText()).isEqualTo("B");
  }

  @Test
  void anAskPrintsItsIdAndIsResolvedByIt() throws Exception {
    cli.ok("person", "add", "Victoria");

    String id =
        cli.ok("ask", "Victoria", "--for", "an intro to the CFO", "--on", "2026-10-01").trim();
    cli.ok("ask", "resolve", id, "declined", "--on", "2026-10-05");

    JsonNode ask = json("asks", "--json").get(0);
    assertThat(ask.get("id").asText()).isEqualTo(id);
    assertThat(ask.get("outcome").asText()).isEqualTo("declined");
    assertThat(ask.get("resolvedOn").asText()).isEqualTo("2026-10-05");
  }

  @Test
  void openAsksAreListedOldestFirstWithFollowUpDates() throws Exception {
    cli.ok("person", "add", "Greg");
    cli.ok("ask", "Greg", "--for", "newer", "--on", "2026-11-20");
    cli.ok("ask", "Greg", "--for", "older", "--on", "2026-10-01");

    JsonNode open = json("asks", "--open", "--json");

    assertThat(open.get(0).get("text").asText()).isEqualTo("older");
    assertThat(open.get(0).get("followUp").asText()).isEqualTo("2026-10-31");
    assertThat(open.get(0).get("ageDays").asInt()).isEqualTo(60);
  }

  @Test
  void todayListsAnAskOlderThan30DaysForFollowUp() {
    cli.ok("person", "add", "Victoria", "--title", "CEO");
    cli.ok("ask", "Victoria", "--for", "a sponsor for my promotion", "--on", "2026-09-01");

    String today = cli.ok("today");

    assertThat(today)
        .contains("Follow up on these asks:")
        .contains("a sponsor for my promotion")
        .contains("90 days");
  }

  @Test
  void personShowGivesScoresReasonsAndTimeline() {
    cli.ok("person", "add", "Priya", "--email", "priya@example.org");
    cli.ok(
        "log",
        "time",
        "Priya",
        "--minutes",
        "45",
        "--channel",
        "coffee",
        "--on",
        "2026-11-01",
        "--note",
        "catch-up");

    String shown = cli.ok("person", "show", "priya");

    assertThat(shown)
        .contains("Priya")
        .contains("priya@example.org")
        .contains("class:    new")
        .contains("45 min · coffee")
        .contains("catch-up");
  }

  @Test
  void editAndMergeChangeThePerson() throws Exception {
    cli.ok("person", "add", "Sam", "--email", "sam@work.example");
    cli.ok("person", "add", "Samuel", "--email", "sam@home.example");
    cli.ok("log", "time", "Samuel", "--minutes", "30");
    cli.ok("person", "edit", "Sam", "--title", "VP Sales", "--name", "Sam Ortiz");

    cli.ok("person", "merge", "Sam Ortiz", "Samuel");

    JsonNode people = json("people", "--json");
    assertThat(people).hasSize(1);
    assertThat(people.get(0).get("level").asInt()).isEqualTo(5);
    assertThat(people.get(0).get("emails")).hasSize(2);
    assertThat(json("rank", "--json").get(0).get("hours").asDouble()).isEqualTo(0.5);
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine root =
        Main.commandLine(
            new App(java.util.Map.of(), java.time.Clock.systemUTC()),
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()));
    List<List<String>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);

    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli.Result r = cli.runRaw(args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).contains("Usage:");
    }
    assertThat(paths)
        .extracting(p -> String.join(" ", p))
        .contains(
            "person add",
            "person show",
            "person edit",
            "person merge",
            "people",
            "log time",
            "log gave",
            "log got",
            "log joint",
            "ask",
            "ask resolve",
            "asks",
            "rank",
            "today",
            "import people",
            "import ledger",
            "demo");
  }

  private static void collect(CommandLine cmd, List<String> prefix, List<List<String>> out) {
    cmd.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (name.equals("help")) {
                return;
              }
              List<String> path = new ArrayList<>(prefix);
              path.add(name);
              out.add(path);
              collect(sub, path, out);
            });
  }

  @Test
  void versionAndCompletionScript() {
    assertThat(cli.runRaw("--version").out()).startsWith("needle ");
    Cli.Result completion = cli.runRaw("generate-completion");
    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("rank");
  }

  @Test
  void theDemoShowsEveryClass() {
    String demo = cli.ok("demo", "--no-serve");

    assertThat(demo)
        .contains(
            "strong",
            "drifting",
            "one-sided (they-take)",
            "one-sided (you-take)",
            "status-based",
            "secretive",
            "social",
            "new",
            "developing")
        .contains("Next moves as of 2026-11-30");
  }
}
