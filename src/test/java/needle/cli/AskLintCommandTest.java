package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import needle.NeedleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ask lint} reads a draft from a file or standard input and prints the coach's verdict. */
class AskLintCommandTest {
  private static final String SMART =
      "Sharon, I’d really like to share a tool I made with you. It will cut the time your team"
          + " spends on this process in half. If you don’t find it valuable, I’d like your candid"
          + " feedback.\nCan you find 45 minutes to give this a try?";
  private static final String DUMB =
      "Sharon, let’s grab coffee! It’s amazing how you got all the way up to C-level! Would love"
          + " to see if you are open to mentoring me!!!!1";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();

  private Exception failure;

  private CommandLine command() {
    CommandLine cli = new CommandLine(new AskLintCommand()).setOut(new PrintWriter(out));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          failure = e;
          return 1;
        });
    return cli;
  }

  /** Runs the command expecting it to fail, as the main program's handler would see it. */
  private Exception failing(String... args) {
    assertThat(command().execute(args)).isEqualTo(1);
    assertThat(failure).isInstanceOf(NeedleException.class);
    return failure;
  }

  private Path draft(String text) throws Exception {
    return Files.writeString(dir.resolve("draft.txt"), text, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheVerdictAsJsonWithTheDocumentedFields() throws Exception {
    Path file = draft(DUMB);
    int exit = command().execute(file.toString(), "--json");

    assertThat(exit).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("verdict").asText()).isEqualTo("dumb");
    assertThat(root.get("score").asInt()).isBetween(0, 100);
    assertThat(root.get("findings")).isNotEmpty();
    for (JsonNode finding : root.get("findings")) {
      assertThat(finding.fieldNames())
          .toIterable()
          .containsExactly("rule", "severity", "message", "start", "end");
      assertThat(finding.get("severity").asText()).isIn("good", "warning", "bad");
    }
    JsonNode coffee = find(root, "vague-meeting");
    assertThat(DUMB.substring(coffee.get("start").asInt(), coffee.get("end").asInt()))
        .isEqualTo("grab coffee");
  }

  @Test
  void aSmartDraftIsSmartInJsonToo() throws Exception {
    int exit = command().execute(draft(SMART).toString(), "--json");

    assertThat(exit).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("verdict").asText()).isEqualTo("smart");
    assertThat(root.has("note")).isFalse();
    JsonNode offer = find(root, "offer-value");
    assertThat(SMART.substring(offer.get("start").asInt(), offer.get("end").asInt()))
        .isEqualTo("I’d really like to share");
  }

  @Test
  void printsTheDraftWithUnderlinesFindingsAndTheVerdictForPeople() throws Exception {
    command().execute(draft(DUMB).toString());

    String printed = out.toString();
    assertThat(printed).contains("Sharon, let’s grab coffee!");
    assertThat(printed).contains("\n              ^^^^^^^^^^^ ");
    assertThat(printed).contains("  x vague-meeting: \"grab coffee\" does not say");
    assertThat(printed).containsPattern("Verdict: dumb \\(score \\d+/100\\)\n$");
  }

  @Test
  void readsStandardInputWhenGivenADash() {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(SMART.getBytes(StandardCharsets.UTF_8)));
      assertThat(command().execute("-", "--json")).isZero();
    } finally {
      System.setIn(original);
    }
    assertThat(out.toString()).contains("\"verdict\" : \"smart\"");
  }

  @Test
  void aMissingFileIsNamedWithTheFix() {
    String missing = dir.resolve("nowhere.txt").toString();
    assertThat(failing(missing))
        .hasMessageContaining("cannot read " + missing + ": no such file")
        .hasMessageContaining("or - to read it from standard input");
  }

  @Test
  void aFolderIsRefusedWithAMessage() {
    assertThat(failing(dir.toString())).hasMessageContaining("cannot read " + dir);
  }

  @Test
  void anEmptyOrBinaryFileIsRefusedWithTheCoachsMessage() throws Exception {
    Path empty = draft("");
    assertThat(failing(empty.toString())).hasMessageStartingWith("the draft is empty");
    Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 0, 0, 1});
    assertThat(failing(binary.toString())).hasMessageContaining("binary");
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingItAll() throws Exception {
    Path huge = draft("Could you review my plan? ".repeat(200_000));
    assertThat(failing(huge.toString())).hasMessageContaining("at most 100,000 characters");
  }

  private Cli ledgerWithVictoria() {
    Cli cli = Cli.sqlite(dir);
    cli.ok("person", "add", "Victoria Chen", "--title", "CEO");
    cli.ok("log", "time", "Victoria Chen", "--minutes", "318", "--on", "2026-02-01");
    cli.ok("ask", "Victoria Chen", "--for", "a reference", "--on", "2026-08-30");
    return cli;
  }

  @Test
  void withToAddsHintsFromTheLedgerAfterTheVerdict() throws Exception {
    Cli cli = ledgerWithVictoria();

    String out = cli.ok("ask", "lint", "--to", "victoria chen", draft(SMART).toString());

    assertThat(out)
        .contains("Verdict: smart")
        .endsWith(
            "/100)\n\nHints from the ledger about Victoria:\n"
                + "  - Your last ask to Victoria was ignored 3 months ago.\n"
                + "  - Victoria has never given you anything in 5.3 hours: keep this ask small.\n");
  }

  @Test
  void withToTheJsonCarriesTheHintsAndWithoutItDoesNot() throws Exception {
    Cli cli = ledgerWithVictoria();
    String file = draft(DUMB).toString();

    JsonNode with =
        new ObjectMapper().readTree(cli.ok("ask", "lint", "--to", "Victoria Chen", file, "--json"));
    JsonNode without = new ObjectMapper().readTree(cli.ok("ask", "lint", file, "--json"));

    assertThat(with.get("verdict").asText()).isEqualTo("dumb");
    assertThat(with.get("hints").get(0).asText())
        .isEqualTo("Your last ask to Victoria was ignored 3 months ago.");
    assertThat(without.has("hints")).isFalse();
  }

  @Test
  void withToAndNothingToSayItSaysSo() throws Exception {
    Cli cli = Cli.sqlite(dir);
    cli.ok("person", "add", "Omar");
    cli.ok("log", "got", "Omar", "--kind", "advice", "--on", "2026-10-01");

    assertThat(cli.ok("ask", "lint", "--to", "Omar", draft(SMART).toString()))
        .endsWith("\nNo hints from the ledger about Omar.\n");
  }

  @Test
  void withToAnUnknownOrEmptyNameIsRefusedInOneSentence() throws Exception {
    Cli cli = ledgerWithVictoria();
    String file = draft(SMART).toString();

    Cli.Result unknown = cli.run("ask", "lint", "--to", "Viktoria", file);
    Cli.Result empty = cli.run("ask", "lint", "--to", " ", file);

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("needle: unknown person \"Viktoria\" (");
    assertThat(unknown.err().lines()).hasSize(1);
    assertThat(empty.exit()).isEqualTo(1);
    assertThat(empty.err())
        .isEqualTo(
            "needle: --to is empty (expected the name of a person in the ledger)"
                + System.lineSeparator());
    assertThat(unknown.out() + empty.out()).isEmpty();
  }

  private static JsonNode find(JsonNode root, String rule) {
    for (JsonNode finding : root.get("findings")) {
      if (finding.get("rule").asText().equals(rule)) {
        return finding;
      }
    }
    throw new AssertionError("no " + rule + " finding in " + root);
  }
}
