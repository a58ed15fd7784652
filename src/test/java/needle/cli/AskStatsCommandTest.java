package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asks --stats}: the share of my asks answered, by the coach's verdict and by finding. */
class AskStatsCommandTest {
  static final String OFFERING =
      "I'll send you the benchmark notes today. Could you review my deck by Friday? A no is fine.";
  static final String BARE = "Could you review my deck by Friday?";

  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Greg Alvarez");
  }

  private void ask(String text, String on, String outcome) {
    String id = cli.ok("ask", "Greg Alvarez", "--for", text, "--on", on).strip();
    if (!outcome.equals("open")) {
      cli.ok("ask", "resolve", id, outcome, "--on", on);
    }
  }

  /** Six asks that offer (five answered), six that do not (one answered, the rest ignored). */
  private void sixAndSix() {
    for (String outcome : new String[] {"granted", "granted", "declined", "granted", "granted"}) {
      ask(OFFERING, "2026-06-01", outcome);
    }
    ask(OFFERING, "2026-06-02", "ignored");
    ask(BARE, "2026-06-03", "granted");
    for (int i = 0; i < 3; i++) {
      ask(BARE, "2026-06-04", "ignored");
    }
    ask(BARE, "2026-09-01", "open");
    ask(BARE, "2026-09-02", "open");
    ask(OFFERING, "2026-11-25", "open");
    cli.ok("ask", "Greg Alvarez", "--for", OFFERING, "--from-them", "--on", "2026-06-01");
  }

  @Test
  void splitsTheShareAnsweredByOfferAndByVerdict() {
    sixAndSix();

    String out = cli.ok("asks", "--stats");

    assertThat(out)
        .contains(
            "Of your 12 asks with an outcome, 6 were answered (granted, declined or answered by mail): 50%.")
        .contains("smart  83% (5 of 6)")
        .contains("dumb   17% (1 of 6)")
        .contains(
            "Asks that offered something first were answered 83% of the time (5 of 6), others"
                + " 17% (1 of 6).")
        .contains("Asks that offered nothing were answered 17% of the time (1 of 6), others 83%");
  }

  @Test
  void jsonCarriesTheCountsTheSharesAndTheSentences() throws Exception {
    sixAndSix();

    JsonNode stats = new ObjectMapper().readTree(cli.ok("asks", "--stats", "--json"));

    assertThat(stats.get("asks").asInt()).isEqualTo(12);
    assertThat(stats.get("answered").asInt()).isEqualTo(6);
    assertThat(stats.get("minimum").asInt()).isEqualTo(5);
    assertThat(stats.get("verdicts").get(0).get("group").asText()).isEqualTo("smart");
    assertThat(stats.get("verdicts").get(0).get("rate").asDouble()).isEqualTo(0.83);
    JsonNode offer = null;
    for (JsonNode split : stats.get("findings")) {
      if (split.get("rule").asText().equals("offer-value")) {
        offer = split;
      }
    }
    assertThat(offer).isNotNull();
    assertThat(offer.get("with").get("asks").asInt()).isEqualTo(6);
    assertThat(offer.get("with").get("answered").asInt()).isEqualTo(5);
    assertThat(offer.get("without").get("rate").asDouble()).isEqualTo(0.17);
    assertThat(offer.get("sentence").asText()).startsWith("Asks that offered something first");
  }

  @Test
  void underTheMinimumItSaysThereAreTooFewToTell() {
    ask(OFFERING, "2026-06-01", "granted");
    ask(OFFERING, "2026-06-01", "declined");
    ask(BARE, "2026-06-01", "ignored");

    String out = cli.ok("asks", "--stats");

    assertThat(out)
        .contains("Of your 3 asks with an outcome, 2 were answered")
        .contains("too few asks to tell (fewer than 5)")
        .contains("smart  too few asks to tell (2)")
        .contains("Asks that offered something first: too few asks to tell (2 of them, 1 others).")
        .doesNotContain("% of the time");
  }

  @Test
  void withNoResolvedAsksItSaysHowToGetSome() {
    ask(BARE, "2026-11-29", "open");

    assertThat(cli.ok("asks", "--stats")).startsWith("No asks of yours with an outcome yet");
  }
}
