package needle.people.dupes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as parts, lower-cased and stripped of accents and punctuation: a first name (a
 * whole name, one letter, or unknown), middle names or initials, a last name and a suffix such as
 * jr. Read from a written name ("Anne C. Koehler", "Koehler, Anne") or from what stands before the
 * {@code @} of an address ("anne.koehler", "c..koehler", "whitehead_jonathan").
 */
record NameParts(String first, List<String> middles, String last, String suffix) {
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

  /** Words inside a name that are no part of who it is (particles of a last name). */
  private static final Set<String> PARTICLES =
      Set.of("st", "van", "von", "de", "der", "den", "la", "le", "du", "da", "di", "del");

  private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]|\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("['\"`]");
  private static final Pattern SEPARATORS = Pattern.compile("[._-]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");

  NameParts {
    middles = List.copyOf(middles);
  }

  /** Whether the first name is known, as a whole name or an initial. */
  boolean hasFirst() {
    return first != null;
  }

  boolean firstIsInitial() {
    return first != null && first.length() == 1;
  }

  /** The first middle initial that is not a particle, or none. */
  Character middleInitial() {
    for (String m : middles) {
      if (!PARTICLES.contains(m)) {
        return m.charAt(0);
      }
    }
    return null;
  }

  /** The middle names written out in full (two letters or more). */
  List<String> fullMiddles() {
    if (middles.isEmpty()) {
      return List.of();
    }
    return middles.stream().filter(m -> m.length() > 1 && !PARTICLES.contains(m)).toList();
  }

  /** How much of the name is known: a whole first name counts 2, an initial 1, each middle 1. */
  int completeness() {
    return (first == null ? 0 : first.length() > 1 ? 2 : 1) + middles.size();
  }

  /**
   * What the name says, for a reason: "reads as Anne C. Koehler", or for a name without a first
   * name "gives only a middle initial (W.) and a last name (Delainey)".
   */
  String reads() {
    if (first != null) {
      return "reads as " + display();
    }
    Character m = middleInitial();
    return m == null
        ? "gives only a last name (" + capital(last) + ")"
        : "gives only a middle initial ("
            + Character.toUpperCase(m)
            + ".) and a last name ("
            + capital(last)
            + ")";
  }

  /** The name as a person would write it: "Anne C. Koehler", "A. Koehler". */
  String display() {
    StringBuilder out = new StringBuilder();
    if (first != null) {
      out.append(word(first)).append(' ');
    }
    middles.forEach(m -> out.append(word(m)).append(' '));
    return out.append(capital(last)).toString();
  }

  private static String word(String part) {
    return part.length() == 1 ? part.toUpperCase(Locale.ROOT) + "." : capital(part);
  }

  static String capital(String part) {
    return part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
  }

  /**
   * A written name's parts, or null when it is not a person's name of two words or more. A comma
   * means "Last, First"; bracketed notes ("[FI]", "(Legal)") are left out.
   */
  static NameParts ofName(String name) {
    String text =
        name.indexOf('[') < 0 && name.indexOf('(') < 0
            ? name.trim()
            : BRACKETED.matcher(name).replaceAll(" ").trim();
    int comma = text.indexOf(',');
    if (comma > 0 && text.indexOf(',', comma + 1) < 0) {
      String after = text.substring(comma + 1).trim();
      String lastPart = text.substring(0, comma).trim();
      if (!after.isEmpty() && !isSuffix(fold(after))) {
        text = after + " " + lastPart;
      }
    }
    List<String> words = new ArrayList<>();
    for (String raw : SPACES.split(text)) {
      String w = fold(raw);
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return ofWords(words);
  }

  /**
   * What the local part of an address says of a name, or null when it is one word (a handle, see
   * {@link #handle}) or holds digits. {@code x..last} is Enron's and Lotus Notes' form for a first
   * name left out: a middle initial and a last name.
   */
  static NameParts ofLocalPart(String local) {
    String text = QUOTES.matcher(local.toLowerCase(Locale.ROOT)).replaceAll("");
    if (text.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    String[] raw = SEPARATORS.split(text, -1);
    if (raw.length == 3 && raw[0].length() == 1 && raw[1].isEmpty() && raw[2].length() > 1) {
      return new NameParts(null, List.of(raw[0]), raw[2], null);
    }
    List<String> words = new ArrayList<>();
    for (String w : raw) {
      String f = fold(w);
      if (!f.isEmpty()) {
        words.add(f);
      }
    }
    return words.size() < 2 ? null : ofWords(words);
  }

  /** The same two words the other way round: "whitehead_jonathan" read as Jonathan Whitehead. */
  NameParts reversed() {
    return middles.isEmpty() && suffix == null && first != null && first.length() > 1
        ? new NameParts(last, List.of(), first, null)
        : null;
  }

  /**
   * A one-word name or local part as letters only ("NOTES:gregwhalley" gives gregwhalley,
   * "jdadams71" gives jdadams), or null when it is two words or more.
   */
  static String handle(String text) {
    String word = text.substring(text.lastIndexOf(':') + 1).trim();
    if (word.isEmpty()
        || word.chars()
            .anyMatch(c -> Character.isWhitespace(c) || c == '.' || c == '_' || c == '-')) {
      return null;
    }
    String letters = fold(word);
    return letters.length() < 4 ? null : letters;
  }

  private static NameParts ofWords(List<String> words) {
    List<String> parts = new ArrayList<>(words);
    String suffix = null;
    if (parts.size() > 2 && isSuffix(parts.get(parts.size() - 1))) {
      suffix = parts.remove(parts.size() - 1);
    }
    if (parts.size() < 2 || parts.get(parts.size() - 1).length() < 2) {
      return null;
    }
    return new NameParts(
        parts.get(0), parts.subList(1, parts.size() - 1), parts.get(parts.size() - 1), suffix);
  }

  private static boolean isSuffix(String word) {
    return SUFFIXES.contains(word);
  }

  /** Lower case, accents and everything but letters taken out: "O'Donnell" gives odonnell. */
  static String fold(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        String plain =
            MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
      }
      if (c >= 'a' && c <= 'z') {
        ascii.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        ascii.append((char) (c + ('a' - 'A')));
      }
    }
    return ascii.toString();
  }
}
