package needle.asks.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Finds the sentence in which the writer of a message asks its reader for something: a request or a
 * question addressed to them ("could you send…", "please review…", "what do you think?"), not a
 * pleasantry, a courtesy offer ("let me know if you have any questions") or a rhetorical question.
 * The patterns are data ({@code asking.txt} beside this class, whose head describes the format); a
 * sentence asks when no {@code not} pattern matches it and an {@code ask} pattern does, or it is a
 * question.
 */
public final class AskFinder {
  /** The longest sentence a suggestion quotes; a longer one is cut with "…". */
  public static final int MAX_TEXT = 300;

  /**
   * The patterns match the sentence in lower case, which costs one conversion per sentence rather
   * than a case-blind comparison at every character the patterns try.
   */
  private static final int FLAGS = 0;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])[\"')\\]]*\\s+");
  private static final Pattern WORDS = Pattern.compile("[\\p{L}]{2,}");
  private static final Pattern BULLET = Pattern.compile("^\\s*([-*•>]|\\d{1,2}[.)]|[a-z][.)])\\s");

  /** A line this short ends its sentence even without a stop ("Regards", "Thanks,"). */
  private static final int SHORT_LINE = 45;

  private static final AskFinder STANDARD = load("asking.txt");

  /**
   * How much of a sentence the patterns read: an ask is said in a line or two, and a paragraph
   * without a stop (a table, a pasted memo) would cost a pattern with {@code .*} its square.
   */
  static final int SENTENCE_READ = 400;

  /** How much of a message's own text is read: a request comes before the tenth page. */
  static final int TEXT_READ = 16 * 1024;

  /** The {@code ask} patterns as one alternation, so a sentence is searched once for them all. */
  private final Pattern asks;

  private final Pattern nots;

  private AskFinder(List<String> asks, List<String> nots) {
    this.asks = union(asks);
    this.nots = union(nots);
  }

  /**
   * One alternation of {@code patterns}. Those that start at a word boundary ({@code \b}) or at the
   * sentence's start ({@code ^}) share that anchor, so a position that is neither costs one test,
   * not one per pattern.
   */
  static Pattern union(List<String> patterns) {
    List<String> atWord = new ArrayList<>();
    List<String> atStart = new ArrayList<>();
    List<String> anywhere = new ArrayList<>();
    for (String p : patterns) {
      if (p.startsWith("\\b")) {
        atWord.add(p.substring(2));
      } else if (p.startsWith("^")) {
        atStart.add(p.substring(1));
      } else {
        anywhere.add(p);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!atStart.isEmpty()) {
      parts.add("^" + alternation(atStart));
    }
    if (!atWord.isEmpty()) {
      parts.add("\\b" + alternation(atWord));
    }
    anywhere.forEach(p -> parts.add("(?:" + p + ")"));
    return Pattern.compile(parts.isEmpty() ? "(?!)" : String.join("|", parts), FLAGS);
  }

  private static String alternation(List<String> patterns) {
    return patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The finder with the standard patterns. */
  public static AskFinder standard() {
    return STANDARD;
  }

  /**
   * The first sentence of {@code ownText} (a writer's own text) that asks, whitespace collapsed.
   */
  public Optional<String> first(String ownText) {
    String text = ownText.length() <= TEXT_READ ? ownText : ownText.substring(0, TEXT_READ);
    for (String sentence : sentences(text)) {
      if (asks(sentence)) {
        return Optional.of(cut(sentence));
      }
    }
    return Optional.empty();
  }

  /** Whether one sentence asks the reader for something. */
  public boolean asks(String sentence) {
    String whole = sentence.strip();
    boolean question = whole.endsWith("?");
    String s =
        (whole.length() <= SENTENCE_READ ? whole : whole.substring(0, SENTENCE_READ))
            .toLowerCase(Locale.ROOT);
    if (!question && !twoWords(s)) {
      return false;
    }
    // Most sentences ask nothing: the ask patterns rule them out before the courtesy lines are
    // tried.
    return (question || asks.matcher(s).find()) && !nots.matcher(s).find();
  }

  private static boolean twoWords(String s) {
    var words = WORDS.matcher(s);
    return words.find() && words.find();
  }

  /**
   * The sentences of a message's text: a line break ends one where a blank line, a short line or a
   * list item says so (mail is wrapped at about 70 characters), and a stop ends one within a line.
   */
  static List<String> sentences(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : text.split("\\R")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || BULLET.matcher(line).find()) {
        flush(block, blocks);
      }
      if (!stripped.isEmpty()) {
        block.append(block.length() == 0 ? "" : " ").append(stripped);
        if (stripped.length() < SHORT_LINE) {
          flush(block, blocks);
        }
      }
    }
    flush(block, blocks);
    List<String> sentences = new ArrayList<>();
    for (String b : blocks) {
      for (String s : SENTENCE_END.split(b)) {
        if (!s.isBlank()) {
          sentences.add(s.strip());
        }
      }
    }
    return sentences;
  }

  private static void flush(StringBuilder block, List<String> blocks) {
    if (block.length() > 0) {
      blocks.add(block.toString());
      block.setLength(0);
    }
  }

  private static String cut(String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }

  /** Reads a patterns file from beside this class. */
  static AskFinder load(String resource) {
    try (InputStream in = AskFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** Parses a patterns file: {@code ask PATTERN} and {@code not PATTERN} lines, {@code #} notes. */
  static AskFinder parse(String source, String content) {
    List<String> asks = new ArrayList<>();
    List<String> nots = new ArrayList<>();
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2 || !(parts[0].equals("ask") || parts[0].equals("not"))) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": expected \"ask PATTERN\" or \"not PATTERN\"");
      }
      try {
        Pattern.compile(parts[1], FLAGS); // each on its own, so an error names its line
        (parts[0].equals("ask") ? asks : nots).add(parts[1]);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": bad pattern: " + e.getDescription(), e);
      }
    }
    return new AskFinder(asks, nots);
  }
}
