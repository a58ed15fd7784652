package needle.imports;

import java.nio.file.Path;
import needle.NeedleException;

/**
 * A file cannot be imported: the message starts with {@code FILE:LINE:} and says what to fix. A
 * value it quotes is cut to {@value #QUOTED} characters: a 1 MB cell makes a 1 MB line otherwise.
 */
public final class ImportException extends NeedleException {
  private static final long serialVersionUID = 1L;

  /** The longest value a message quotes whole. */
  public static final int QUOTED = 80;

  /** The longest problem a message states whole. */
  static final int LONGEST = 600;

  public ImportException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + cut(problem));
  }

  public ImportException(Path file, String problem) {
    super(file + ": " + cut(problem));
  }

  /** {@code problem} with each quoted value cut to {@value #QUOTED} characters, and then whole. */
  static String cut(String problem) {
    StringBuilder out = new StringBuilder(Math.min(problem.length(), LONGEST));
    int at = 0;
    while (at < problem.length() && out.length() < LONGEST) {
      char c = problem.charAt(at);
      int close = c == '"' ? problem.indexOf('"', at + 1) : -1;
      if (close > at + QUOTED + 1) {
        out.append('"').append(problem, at + 1, at + QUOTED).append("…\"");
        at = close + 1;
      } else {
        out.append(c);
        at++;
      }
    }
    String text = out.toString();
    return at >= problem.length() && text.length() <= LONGEST
        ? text
        : text.substring(0, Math.min(text.length(), LONGEST - 1)) + "…";
  }
}
