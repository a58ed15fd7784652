package needle.asks.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft prepared for matching: typographic quotes folded to plain ones (one character for one, so
 * positions still point into the original), its sentences and words located, and its clauses tagged
 * with the role each plays (see {@link Roles}).
 */
final class Draft {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[)\"']*(?=\\s|$)|…|\\n");
  private static final int COUNTABLE_WORDS = 3;

  private final String text;
  private final String folded;
  private final List<Span> sentences;
  private final List<Span> words;
  private final List<Roles.Clause> clauses;
  private final List<Span> clauseSpans;

  private Draft(String text, String folded, List<Span> sentences, Roles roles) {
    this.text = text;
    this.folded = folded;
    this.sentences = sentences;
    this.words = words(folded);
    this.clauses = roles.tag(folded, sentences);
    this.clauseSpans = clauses.stream().map(Roles.Clause::span).toList();
  }

  static Draft of(String text, Set<String> abbreviations) {
    return of(text, abbreviations, Roles.NONE);
  }

  static Draft of(String text, Set<String> abbreviations, Roles roles) {
    String folded = fold(text);
    return new Draft(text, folded, sentences(folded, abbreviations), roles);
  }

  String text() {
    return text;
  }

  /** The text with curly quotes and dashes made plain, for the rules' patterns to match. */
  String folded() {
    return folded;
  }

  int length() {
    return text.length();
  }

  List<Span> words() {
    return words;
  }

  /** The sentence (or line) that holds position {@code at}. */
  Span sentenceAt(int at) {
    int index = indexAt(sentences, at);
    return index < 0 ? new Span(0, text.length()) : sentences.get(index);
  }

  /**
   * The sentences around position {@code at}: the one before its sentence, its own and the one
   * after, where a meeting's purpose and length are often stated.
   */
  Span around(int at) {
    int index = indexAt(sentences, at);
    if (index < 0) {
      return new Span(0, text.length());
    }
    int from = sentences.get(Math.max(0, index - 1)).start();
    return new Span(from, sentences.get(Math.min(sentences.size() - 1, index + 1)).end());
  }

  /** The role the clause holding position {@code at} plays, if any. */
  Optional<String> roleAt(int at) {
    int index = indexAt(clauseSpans, at);
    return index < 0 ? Optional.empty() : clauses.get(index).role();
  }

  private static int indexAt(List<Span> spans, int at) {
    int low = 0;
    int high = spans.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans.get(mid).end() <= at) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return spans.isEmpty() ? -1 : low;
  }

  /**
   * Where the {@code n}th real sentence ends. Greetings and sign-offs ("Hi Sharon,", "Best,") are
   * too short to count, so "the first two sentences" means two that say something.
   */
  int endOfSentence(int n) {
    int seen = 0;
    for (Span sentence : sentences) {
      if (wordsIn(sentence) >= COUNTABLE_WORDS && ++seen == n) {
        return sentence.end();
      }
    }
    return text.length();
  }

  private int wordsIn(Span sentence) {
    Matcher m = WORD.matcher(folded).region(sentence.start(), sentence.end());
    int count = 0;
    while (count < COUNTABLE_WORDS && m.find()) {
      count++;
    }
    return count;
  }

  private static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = plain(chars[i]);
    }
    return new String(chars);
  }

  private static char plain(char c) {
    return switch (c) {
      case '‘', '’', '‛', '′', '`' -> '\'';
      case '“', '”', '„', '″' -> '"';
      case '‐', '‑', '‒' -> '-';
      case '–', '—' -> '—';
      case '\u00a0' -> ' ';
      default -> c;
    };
  }

  private static List<Span> sentences(String folded, Set<String> abbreviations) {
    List<Span> result = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(folded);
    int start = 0;
    while (m.find()) {
      if (m.group().startsWith(".") && isAbbreviation(folded, m.start(), abbreviations)) {
        continue;
      }
      result.add(new Span(start, m.end()));
      start = m.end();
    }
    if (start < folded.length()) {
      result.add(new Span(start, folded.length()));
    }
    return List.copyOf(result);
  }

  private static boolean isAbbreviation(String folded, int dot, Set<String> abbreviations) {
    int from = dot;
    while (from > 0 && !Character.isWhitespace(folded.charAt(from - 1))) {
      from--;
    }
    return abbreviations.contains(folded.substring(from, dot).toLowerCase(Locale.ROOT));
  }

  private static List<Span> words(String folded) {
    List<Span> result = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      result.add(new Span(m.start(), m.end()));
    }
    return List.copyOf(result);
  }
}
