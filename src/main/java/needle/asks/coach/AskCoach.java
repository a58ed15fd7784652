package needle.asks.coach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import needle.NeedleException;

/**
 * Judges a draft ask the way the essay does: it gives first, asks up front for something specific
 * and bounded, and invites a candid no; it does not flatter, stay vague or shout.
 */
public final class AskCoach {
  static final String STANDARD_RULES = "rules.txt";

  private final Rulebook book;

  private AskCoach(Rulebook book) {
    this.book = book;
  }

  /** The coach with the rules that ship with Needle, read once. */
  public static AskCoach standard() {
    return Standard.COACH;
  }

  /** A coach with other rules, in the format of the standard rules file. */
  public static AskCoach withRules(String source, String rules) {
    return new AskCoach(RulesFile.parse(source, rules));
  }

  /**
   * What asks with a finding of {@code rule} did, to complete "asks that …": "offered something
   * first" for {@code offer-value}.
   */
  public String describe(String rule) {
    return book.rules().stream()
        .filter(r -> r.id().equals(rule))
        .map(Rule::describes)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + rule));
  }

  /** The ids of the rules, in the order the rules file gives them. */
  public List<String> rules() {
    return book.rules().stream().map(Rule::id).toList();
  }

  /** The longest draft, in characters, that {@link #lint} accepts. */
  public int maxChars() {
    return book.settings().maxChars();
  }

  /** Judges {@code text}, or says why it cannot: empty, binary, or too long to be an ask. */
  public Verdict lint(String text) {
    Settings settings = book.settings();
    DraftCheck.require(text, settings);
    Draft draft = Draft.of(text, settings.abbreviations(), book.roles());
    List<Finding> findings = new ArrayList<>();
    Set<String> fired = new HashSet<>();
    int score = settings.base();
    for (Rule rule : book.rules()) {
      if (rule.unlessFound().stream().anyMatch(fired::contains)) {
        continue;
      }
      List<Span> spans = rule.detector().find(draft);
      spans.forEach(span -> findings.add(rule.finding(draft, span)));
      score += rule.weight() * Math.min(spans.size(), rule.limit());
      if (!spans.isEmpty()) {
        fired.add(rule.id());
      }
    }
    return verdict(draft, findings, fired, Math.max(0, Math.min(100, score)));
  }

  /**
   * Smart takes a score of at least {@code smart-at}, few blockers, none of the rules that block on
   * their own (a placeholder left in), and a finding from each {@code smart-needs} group (an offer
   * and a specific ask): the score grades the rest.
   */
  private Verdict verdict(Draft draft, List<Finding> findings, Set<String> fired, int score) {
    Settings settings = book.settings();
    long bad = findings.stream().filter(f -> f.severity() == Severity.BAD).count();
    boolean blocked = book.rules().stream().anyMatch(r -> r.blocks() && fired.contains(r.id()));
    boolean needsMet =
        settings.smartNeeds().stream().allMatch(group -> group.stream().anyMatch(fired::contains));
    boolean smart = score >= settings.smartAt() && bad <= settings.maxBad() && !blocked && needsMet;
    findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
    Optional<String> note = DraftCheck.languageNote(draft, settings);
    return new Verdict(smart, score, findings, note);
  }

  /** Holds the standard coach so the rules file is read once, on first use. */
  private static final class Standard {
    static final AskCoach COACH = withRules(STANDARD_RULES, read(STANDARD_RULES));

    private static String read(String name) {
      try (InputStream in = AskCoach.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new NeedleException("the ask coach's " + name + " is missing from the build");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the ask coach's " + name, e);
      }
    }
  }
}
