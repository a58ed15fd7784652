package needle.asks.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A verdict as plain text for a terminal: the draft wrapped to a width with its findings
 * underlined, the findings listed with their messages, and the verdict last.
 */
public final class Report {
  /**
   * Longer spans (the tail of a long draft, a finding about the whole draft) are listed but not
   * underlined line by line, where they would only hide the others.
   */
  private static final int MAX_UNDERLINE = 160;

  private Report() {}

  public static String of(String text, Verdict verdict, int width) {
    StringBuilder out = new StringBuilder();
    for (Span line : lines(text, width)) {
      out.append(text, line.start(), line.end()).append('\n');
      String marks = marks(line, verdict.findings(), text.length()).stripTrailing();
      if (!marks.isEmpty()) {
        out.append(marks).append('\n');
      }
    }
    out.append("\n");
    String legend = "(+ good, ! warning, x bad; underlined +++ good, ~~~ warning, ^^^ bad)";
    return out.append(findingsAndVerdict(verdict, legend)).toString();
  }

  /** The findings and the verdict without the draft, for a caller that shows the draft itself. */
  public static String summary(Verdict verdict) {
    return findingsAndVerdict(verdict, "(+ good, ! warning, x bad)");
  }

  private static String findingsAndVerdict(Verdict verdict, String legend) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : verdict.findings()) {
      out.append("  ").append(symbol(finding.severity())).append(' ');
      out.append(finding.rule()).append(": ").append(finding.message()).append('\n');
    }
    out.append("  ").append(legend).append('\n');
    verdict.note().ifPresent(note -> out.append("Note: ").append(note).append('\n'));
    out.append("Verdict: ").append(verdict.label());
    return out.append(" (score ").append(verdict.score()).append("/100)\n").toString();
  }

  private static String marks(Span line, List<Finding> findings, int length) {
    char[] marks = new char[line.end() - line.start()];
    Arrays.fill(marks, ' ');
    for (Finding finding : findings) {
      int spanned = finding.end() - finding.start();
      boolean shown = spanned <= MAX_UNDERLINE && spanned < length;
      int from = Math.max(finding.start(), line.start());
      int to = Math.min(finding.end(), line.end());
      for (int i = from; shown && i < to; i++) {
        char mark = underline(finding.severity());
        int at = i - line.start();
        marks[at] = strongest(marks[at], mark);
      }
    }
    return new String(marks);
  }

  /** Where findings overlap, the worst one shows: a flaw matters more than a strength. */
  private static char strongest(char current, char mark) {
    String order = " +~^";
    return order.indexOf(mark) > order.indexOf(current) ? mark : current;
  }

  private static char underline(Severity severity) {
    return switch (severity) {
      case GOOD -> '+';
      case WARNING -> '~';
      case BAD -> '^';
    };
  }

  private static char symbol(Severity severity) {
    return switch (severity) {
      case GOOD -> '+';
      case WARNING -> '!';
      case BAD -> 'x';
    };
  }

  /** The draft cut at its line breaks and wrapped at spaces, as spans of the original text. */
  private static List<Span> lines(String text, int width) {
    List<Span> result = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      wrap(text, start, stripReturn(text, start, end), width, result);
      start = end + 1;
    }
    return result;
  }

  private static int stripReturn(String text, int start, int end) {
    return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static void wrap(String text, int start, int end, int width, List<Span> into) {
    while (end - start > width) {
      int cut = text.lastIndexOf(' ', start + width);
      cut = cut <= start ? start + width : cut;
      into.add(new Span(start, cut));
      start = cut < end && text.charAt(cut) == ' ' ? cut + 1 : cut;
    }
    into.add(new Span(start, end));
  }
}
