package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code today} and {@code person show} give the same advice: one move per person, no ask right
 * after a candid no, reasons that quote the events behind the points; "did you mean" by first name.
 */
class TodayCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Victoria Sterling", "--title", "CEO");
    cli.ok("log", "time", "Victoria Sterling", "--minutes", "600", "--on", "2026-08-20");
    cli.ok(
        "ask", "Victoria Sterling", "--for", "review my platform proposal", "--on", "2026-10-16");
    cli.ok("person", "add", "Mark Pickering");
    cli.ok("log", "time", "Mark Pickering", "--minutes", "120", "--on", "2026-09-01");
    cli.ok(
        "log",
        "gave",
        "Mark Pickering",
        "--kind",
        "introduction",
        "--note",
        "intro to a founder",
        "--on",
        "2026-09-01");
    String ask =
        cli.ok("ask", "Mark Pickering", "--for", "an intro to his VP", "--on", "2026-11-01");
    cli.ok(
        "ask",
        "resolve",
        ask.lines().findFirst().orElseThrow().trim(),
        "declined",
        "--on",
        "2026-11-09");
  }

  @Test
  void eachPersonOnceUnderTheMostUrgentMoveWithTheOthersAlso() {
    String today = cli.ok("today");

    assertThat(today).contains("Follow up on these asks:");
    assertThat(today).doesNotContain("Cut back");
    assertThat(today.lines().filter(l -> l.startsWith("  - Victoria Sterling")).count())
        .isEqualTo(1);
    assertThat(today).contains("      also reduce: status-based: 10.0 h invested since Aug 2026");
  }

  @Test
  void afterACandidNoTodaySaysGiveWhileRankKeepsTheActionOfTheScoring() throws Exception {
    String today = cli.ok("today");
    JsonNode moves = JSON.readTree(cli.ok("today", "--json"));
    JsonNode ranked = JSON.readTree(cli.ok("rank", "--json", "--search", "Mark"));

    assertThat(today)
        .contains("Give first")
        .contains(
            "Mark Pickering: they declined your ask \"an intro to his VP\" on 2026-11-09 (a candid"
                + " no): give first, and ask again no sooner than 2027-02-07")
        .doesNotContain("Ask (they owe you a turn)");
    JsonNode mark = null;
    for (JsonNode m : moves) {
      if (m.get("name").asText().equals("Mark Pickering")) {
        mark = m;
      }
    }
    assertThat(mark).isNotNull();
    assertThat(mark.get("move").asText()).isEqualTo("give");
    assertThat(mark.get("why").asText()).contains("most given: intro to a founder (Sep 2026)");
    assertThat(mark.get("also").isArray()).isTrue();
    assertThat(ranked.get(0).get("action").asText()).isEqualTo("ask");
  }

  @Test
  void personShowSaysTheSameMoveAndQuotesTheEvents() throws Exception {
    String shown = cli.ok("person", "show", "Mark Pickering");
    JsonNode json = JSON.readTree(cli.ok("person", "show", "Mark Pickering", "--json"));

    assertThat(shown)
        .contains("next move: give (ranked: ask)")
        .contains("  move:     they declined your ask \"an intro to his VP\" on 2026-11-09")
        .contains("  why:      most given: intro to a founder (Sep 2026)");
    assertThat(json.get("action").asText()).isEqualTo("ask");
    assertThat(json.get("advice").get("move").asText()).isEqualTo("give");
    assertThat(json.get("reasons").get(1).asText())
        .isEqualTo("most given: intro to a founder (Sep 2026)");
  }

  @Test
  void anUnknownFirstNameSuggestsThePerson() {
    Cli.Result r = cli.run("person", "show", "Mark");
    Cli.Result nobody = cli.run("person", "show", "Nobody Atall");

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("did you mean \"Mark Pickering\"");
    assertThat(nobody.err()).contains("add them first").doesNotContain("did you mean");
  }
}
