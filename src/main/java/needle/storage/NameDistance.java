package needle.storage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which known names to suggest for a name that is not in the ledger ("did you mean"), best first. A
 * known name is suggested when, ignoring case and extra spaces:
 *
 * <ol>
 *   <li>the query is its first or last name, or every word of the query is one of its words ("Mark"
 *       or "Pickering" for "Mark Pickering");
 *   <li>it begins with the query, or one of its words does, for a query of 2 letters or more ("Mark
 *       P", "Pick");
 *   <li>it is the query with a typo: an edit distance of a quarter of the query's length (at least
 *       1 for a query of 3 letters or more), over the whole name or a word of it ("Mrak Pickering",
 *       "Pickerin");
 *   <li>the query holds it whole, with a few words more ("Mark Pickering Jr" for "Mark Pickering").
 * </ol>
 *
 * A name much shorter than the query is never suggested for it: "B" is not what "Nobody Atall"
 * meant, though its letters are in it.
 */
final class NameDistance {
  /** Tiers of {@link #match}, best first; a name in none of them is not suggested. */
  private static final int WORD = 0;

  private static final int PREFIX = 1;
  private static final int TYPO = 2;
  private static final int WITHIN = 3;
  private static final int NONE = Integer.MAX_VALUE;

  private NameDistance() {}

  /** Up to {@code limit} of {@code known} to suggest for {@code wanted}, best first. */
  static List<String> suggestions(List<String> known, String wanted, int limit) {
    String query = normal(wanted);
    if (query.isEmpty()) {
      return List.of();
    }
    record Scored(String name, int tier, int distance) {}
    return known.stream()
        .map(
            name -> {
              String n = normal(name);
              return new Scored(name, match(n, query), distance(n, query));
            })
        .filter(s -> s.tier() != NONE)
        .sorted(
            Comparator.comparingInt(Scored::tier)
                .thenComparingInt(Scored::distance)
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** The tier {@code known} matches {@code wanted} in (both normal), or {@link #NONE}. */
  static int match(String known, String wanted) {
    if (known.isEmpty() || known.equals(wanted)) {
      return known.isEmpty() ? NONE : WORD;
    }
    // Never a name far shorter than the query: a one-letter name is no suggestion for a long one.
    if (2 * known.length() < wanted.length()) {
      return NONE;
    }
    List<String> parts = Arrays.asList(known.split(" "));
    String[] asked = wanted.split(" ");
    if (Arrays.stream(asked).allMatch(parts::contains)) {
      return WORD;
    }
    if (wanted.length() >= 2
        && (known.startsWith(wanted) || parts.stream().anyMatch(p -> p.startsWith(wanted)))) {
      return PREFIX;
    }
    int allowed = wanted.length() < 3 ? 0 : Math.max(1, wanted.length() / 4);
    if (allowed > 0
        && (distance(known, wanted) <= allowed
            || asked.length == 1
                && parts.stream()
                    .anyMatch(
                        p ->
                            2 * p.length() >= wanted.length() && distance(p, wanted) <= allowed))) {
      return TYPO;
    }
    if (known.length() >= 3 && (" " + wanted + " ").contains(" " + known + " ")) {
      return WITHIN;
    }
    return NONE;
  }

  /** Lower case, commas and dots as spaces, words separated by one space, none at either end. */
  static String normal(String name) {
    return Objects.requireNonNullElse(name, "")
        .replaceAll("[,.;]", " ")
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The edits that turn {@code a} into {@code b}: a letter added, removed or replaced, or two
   * neighbours swapped ("Mrak" is one edit from "Mark").
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
