package needle.imports;

import java.nio.file.Path;
import needle.NeedleException;

/**
 * A file cannot be imported: the message starts with {@code FILE:LINE:} and says what to fix. A
 * value it quotes is cut to {@value #QUOTED} characters: a 1 MB cell makes a 1 MB line otherwise.
 * Control characters it quotes are escaped, so it is one line and cannot drive a terminal.
 */
public final class ImportException extends NeedleException {
  private static final long serialVersionUID = 1L;

  /** The longest value a message quotes whole. */
  public static final int QUOTED = 80;

  /** The longest problem a message states whole. */
  static final int LONGEST = 600;

  private final long line;
  private final String problem;

  public ImportException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + cut(problem));
    this.line = line;
    this.problem = cut(problem);
  }

  public ImportException(Path file, String problem) {
    super(file + ": " + cut(problem));
    this.line = 0;
    this.problem = cut(problem);
  }

  /** The line the problem is on; 0 when it is the whole file's. */
  public long line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String problem() {
    return problem;
  }

  /**
   * {@code problem} with each quoted value cut to {@value #QUOTED} characters, control characters
   * (a file's bytes quoted back) escaped so the message stays one line, and then cut whole.
   */
  static String cut(String problem) {
    StringBuilder out = new StringBuilder(Math.min(problem.length(), LONGEST));
    int at = 0;
    while (at < problem.length() && out.length() < LONGEST) {
      char c = problem.charAt(at);
      int close = c == '"' ? problem.indexOf('"', at + 1) : -1;
      if (close > at + QUOTED + 1) {
        out.append('"');
        escaped(out, problem, at + 1, at + QUOTED);
        out.append("…\"");
        at = close + 1;
      } else {
        escaped(out, problem, at, at + 1);
        at++;
      }
    }
    String text = out.toString();
    return at >= problem.length() && text.length() <= LONGEST
        ? text
        : text.substring(0, Math.min(text.length(), LONGEST - 1)) + "…";
  }

  private static void escaped(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (ControlCharacters.isControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
  }
}
