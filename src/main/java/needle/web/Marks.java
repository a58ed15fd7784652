package needle.web;

import java.util.List;
import java.util.TreeSet;
import needle.asks.coach.Finding;
import needle.asks.coach.Severity;

/**
 * Cuts a draft into pieces at the edges of the coach's findings, so a page can underline each piece
 * with the most serious finding over it. Findings may overlap; pieces never do.
 */
public final class Marks {
  /** A piece of the draft; {@code css} and {@code title} are null when no finding covers it. */
  public record Piece(String text, String css, String title) {
    public boolean marked() {
      return css != null;
    }
  }

  /** One finding as the list under the draft shows it, with the words it points at. */
  public record Note(String rule, String severity, String message, String excerpt) {}

  private Marks() {}

  static List<Note> notes(String text, List<Finding> findings) {
    return findings.stream()
        .map(f -> new Note(f.rule(), f.severity().label(), f.message(), f.excerpt(text)))
        .toList();
  }

  /**
   * Findings about the draft as a whole (no offer anywhere, too long) would underline all of it;
   * they are listed, not marked.
   */
  static List<Piece> of(String text, List<Finding> all) {
    List<Finding> findings = all.stream().filter(f -> !wholeDraft(text, f)).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Finding f : findings) {
      cuts.add(Math.min(f.start(), text.length()));
      cuts.add(Math.min(f.end(), text.length()));
    }
    List<Integer> at = List.copyOf(cuts);
    List<Piece> pieces = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < at.size(); i++) {
      pieces.add(piece(text, at.get(i), at.get(i + 1), findings));
    }
    return pieces;
  }

  private static boolean wholeDraft(String text, Finding f) {
    int first = text.length() - text.stripLeading().length();
    int last = text.stripTrailing().length();
    return first < last && f.start() <= first && f.end() >= last;
  }

  private static Piece piece(String text, int start, int end, List<Finding> findings) {
    List<Finding> over =
        findings.stream()
            .filter(f -> f.start() <= start && end <= f.end() && f.start() < f.end())
            .toList();
    String piece = text.substring(start, end);
    if (over.isEmpty()) {
      return new Piece(piece, null, null);
    }
    Severity worst = over.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
    String title = String.join("; ", over.stream().map(Finding::message).toList());
    return new Piece(piece, worst.label(), title);
  }
}
