package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.asks.coach.Drafter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ask draft} writes an ask from the ledger, lints it, and adds the ledger's hints. */
class AskDraftCommandTest {
  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void ledger() {
    cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Greg Alvarez", "--title", "Senior Director of Engineering");
    cli.ok("log", "time", "Greg Alvarez", "--minutes", "120", "--on", "2026-06-01");
    cli.ok(
        "log",
        "got",
        "Greg Alvarez",
        "--kind",
        "promotion",
        "--note",
        "argued for my promotion to staff",
        "--on",
        "2026-03-01");
    cli.ok(
        "log",
        "gave",
        "Greg Alvarez",
        "--kind",
        "tool",
        "--note",
        "built the on-call dashboard his org now uses",
        "--on",
        "2026-05-01");
    cli.ok(
        "log",
        "gave",
        "Greg Alvarez",
        "--kind",
        "advice",
        "--note",
        "prep for his staff interview",
        "--on",
        "2026-04-01");
    cli.ok("ask", "Greg Alvarez", "--for", "feedback on my RFC", "--on", "2026-08-30");
    cli.ok("person", "add", "Victoria Chen", "--title", "CEO");
    cli.ok("log", "time", "Victoria Chen", "--minutes", "318", "--on", "2026-02-01");
  }

  @Test
  void writesAnAskThatRecallsTheLedgerAndLintsItAsSmart() {
    String out =
        cli.ok(
            "ask",
            "draft",
            "greg alvarez",
            "--for",
            "an intro to Ana on the payments team",
            "--offer",
            "review your team's hiring loop");

    assertThat(out).startsWith("Hi Greg,\n\n");
    assertThat(out).contains("Since I built the on-call dashboard your org now uses, ");
    assertThat(out).containsPattern("for arguing for my promotion to staff\\.");
    assertThat(out).contains("an intro to Ana on the payments team");
    assertThat(out).contains("review your team's hiring loop");
    assertThat(out).contains(Drafter.CANDID_NO);
    assertThat(out).contains("20 minutes this week");
    assertThat(out).contains("  + offer-value: ").contains("  + candid-no: ");
    assertThat(out).containsPattern("Verdict: smart \\(score \\d+/100\\)\n");
    assertThat(out)
        .endsWith(
            "Hints from the ledger about Greg:\n"
                + "  - Greg has given you 8 points of value against your 4 points and you have asked once: give before you ask again.\n"
                + "  - Your last ask to Greg was ignored 3 months ago.\n");
  }

  @Test
  void printsTheDocumentedJsonFields() throws Exception {
    String out =
        cli.ok(
            "ask",
            "draft",
            "Greg Alvarez",
            "--for",
            "an intro to Ana",
            "--offer",
            "a free pilot",
            "--json");

    JsonNode root = new ObjectMapper().readTree(out);
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("draft", "verdict", "score", "findings", "hints");
    assertThat(root.get("draft").asText()).startsWith("Hi Greg,").contains("an intro to Ana");
    assertThat(root.get("verdict").asText()).isEqualTo("smart");
    assertThat(root.get("score").asInt()).isBetween(60, 100);
    for (JsonNode finding : root.get("findings")) {
      assertThat(finding.fieldNames())
          .toIterable()
          .containsExactly("rule", "severity", "message", "start", "end");
    }
    assertThat(root.get("hints").get(0).asText())
        .isEqualTo(
            "Greg has given you 8 points of value against your 4 points and you have asked once: give before you ask again.");
  }

  @Test
  void asksForTheMinutesGiven() {
    assertThat(cli.ok("ask", "draft", "Greg Alvarez", "--for", "an intro", "--minutes", "45"))
        .contains("45 minutes this week");
  }

  @Test
  void withoutAnOfferOffersMoreOfWhatYouGaveLast() {
    String out = cli.ok("ask", "draft", "Greg Alvarez", "--for", "an intro to Ana");

    assertThat(out)
        .contains("In return, I")
        .contains("to build your team another tool like that one");
  }

  @Test
  void withNothingGivenLeavesGapsAndTheCoachAndLedgerSaySo() {
    String out = cli.ok("ask", "draft", "Victoria Chen");

    assertThat(out).startsWith("Hi Victoria,\n\n").contains(Drafter.OFFER_PLACEHOLDER);
    assertThat(out).contains("  ! no-offer: ");
    assertThat(out)
        .contains(
            "Before you send it, fill in: "
                + Drafter.ASK_PLACEHOLDER
                + " and "
                + Drafter.OFFER_PLACEHOLDER);
    assertThat(out)
        .contains("  - Victoria has never given you anything in 5.3 hours: keep this ask small.");
  }

  @Test
  void readsTheLedgerAsOfToday() {
    cli.ok(
        "log",
        "gave",
        "Greg Alvarez",
        "--kind",
        "introduction",
        "--note",
        "intro to Sam",
        "--on",
        "2026-12-15");

    String out = cli.ok("ask", "draft", "Greg Alvarez", "--for", "an intro to Ana");

    assertThat(out).doesNotContain("Sam").contains("on-call dashboard");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      'Greg Alvarz'                   | unknown person "Greg Alvarz" (
      Nobody --for 'an intro'         | unknown person "Nobody" (add them first with: needle person add "Nobody")
      'Greg Alvarez' --minutes 0      | --minutes must be 1 or more, not 0 (expected the minutes you ask for, e.g. --minutes 20)
      'Greg Alvarez' --minutes -15    | --minutes must be 1 or more, not -15 (expected the minutes you ask for, e.g. --minutes 20)
      'Greg Alvarez' --minutes twenty | Invalid value for option '--minutes': 'twenty' is not a number
      'Greg Alvarez' --for ''         | --for is empty (expected what you ask for, e.g. --for "an intro to Ana")
      'Greg Alvarez' --for '   '      | --for is empty (expected what you ask for, e.g. --for "an intro to Ana")
      'Greg Alvarez' --offer ''       | --offer is empty (expected what you offer
      """)
  void badInputIsRefusedInOneSentence(String arguments, String message) {
    List<String> args = new ArrayList<>(List.of("ask", "draft"));
    args.addAll(shellWords(arguments));

    Cli.Result r = cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("needle: " + message).doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  /** The words of a command line, where 'single quotes' hold spaces or nothing at all. */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|[^\\s']+").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group());
    }
    return words;
  }
}
