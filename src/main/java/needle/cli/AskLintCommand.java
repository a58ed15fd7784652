package needle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import needle.NeedleException;
import needle.app.Profile;
import needle.asks.coach.AskCoach;
import needle.asks.coach.AskFacts;
import needle.asks.coach.Finding;
import needle.asks.coach.Report;
import needle.asks.coach.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask lint}: judges a draft ask as smart or dumb and shows what to keep and what to fix. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Judges a draft ask the way the essay does: smart or dumb, a score out of 100, and"
          + " findings that point at the words they are about.",
      "Smart asks give first, state a specific ask up front, invite a candid no and ask for"
          + " a bounded time; dumb ones flatter, stay vague, are all about you, or shout."
    })
public final class AskLintCommand implements Callable<Integer> {
  private static final int REPORT_WIDTH = 78;

  /** UTF-8 needs at most four bytes a character, so this many bytes hold every draft we read. */
  private static final int BYTES_PER_CHAR = 4;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The draft, as a UTF-8 text file; '-' or nothing reads standard input.")
  String file;

  @Option(names = "--json", description = "Print the verdict as JSON.")
  boolean json;

  @Option(
      names = "--to",
      paramLabel = "NAME",
      description = "Whom the ask is to: adds hints from the ledger about asking them now.")
  String to;

  /** Absent when the command runs without a ledger; then {@code --to} cannot be used. */
  private final App app;

  public AskLintCommand() {
    this(null);
  }

  AskLintCommand(App app) {
    this.app = app;
  }

  @Override
  public Integer call() {
    AskCoach coach = AskCoach.standard();
    Optional<AskFacts> facts = Optional.ofNullable(to).map(this::facts);
    String text = read(coach.maxChars());
    Verdict verdict = coach.lint(text);
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<String>> hints = facts.map(f -> f.hints(app.today()));
    if (json) {
      out.print(json(verdict, hints));
    } else {
      out.print(Report.of(text, verdict, REPORT_WIDTH));
      hints.ifPresent(h -> out.print("\n" + AskFacts.text(facts.get().firstName(), h)));
    }
    out.flush();
    return 0;
  }

  private AskFacts facts(String name) {
    if (app == null) {
      throw new NeedleException("--to needs a ledger; run it as: needle ask lint --to NAME");
    }
    if (name.isBlank()) {
      throw new NeedleException("--to is empty (expected the name of a person in the ledger)");
    }
    LocalDate today = app.today();
    int followUpDays = app.policy().followUpDays();
    return AskFacts.of(Profile.of(app.scope(), name, today).history(), today, followUpDays);
  }

  private String read(int maxChars) {
    boolean stdin = file == null || file.equals("-");
    String name = stdin ? "standard input" : file;
    int maxBytes = maxChars * BYTES_PER_CHAR;
    try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(file))) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new NeedleException(
            String.format(
                Locale.ROOT,
                "%s is too long for a draft: the coach reads at most %,d characters (lint the"
                    + " message you will actually send)",
                name,
                maxChars));
      }
      return decode(bytes);
    } catch (NoSuchFileException e) {
      throw new NeedleException(
          "cannot read "
              + name
              + ": no such file (give the path of a text file with your draft,"
              + " or - to read it from standard input)");
    } catch (IOException e) {
      throw new NeedleException("cannot read " + name + ": " + needle.IoReason.of(e), e);
    }
  }

  /** Bad UTF-8 becomes replacement characters, which the coach counts as signs of binary data. */
  private static String decode(byte[] bytes) throws IOException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String json(Verdict verdict, Optional<List<String>> hints) {
    Map<String, Object> root = fields(verdict);
    hints.ifPresent(h -> root.put("hints", h));
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a verdict is plain data and always serialises", e);
    }
  }

  /** The verdict's documented JSON fields, in order: verdict, score, findings and any note. */
  static Map<String, Object> fields(Verdict verdict) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("verdict", verdict.label());
    root.put("score", verdict.score());
    root.put("findings", verdict.findings().stream().map(AskLintCommand::json).toList());
    verdict.note().ifPresent(note -> root.put("note", note));
    return root;
  }

  private static Map<String, Object> json(Finding finding) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("rule", finding.rule());
    fields.put("severity", finding.severity().label());
    fields.put("message", finding.message());
    fields.put("start", finding.start());
    fields.put("end", finding.end());
    return fields;
  }
}
