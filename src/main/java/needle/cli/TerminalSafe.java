package needle.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that shows control characters as {@code \u001b} instead of sending them: a name with an
 * escape sequence in it would otherwise change the terminal's title or colours, or move the cursor
 * and print a row that is not there. Line breaks and tabs pass, and carriage returns on the error
 * stream, where progress redraws its line. The escape is JSON's, so {@code --json} output reads the
 * same.
 */
final class TerminalSafe extends FilterWriter {
  private final boolean carriageReturns;

  private TerminalSafe(Writer out, boolean carriageReturns) {
    super(out);
    this.carriageReturns = carriageReturns;
  }

  /** Standard output: every control but line breaks and tabs is escaped. */
  static PrintWriter output(Writer out) {
    return new PrintWriter(new TerminalSafe(out, false), true);
  }

  /** Standard error: as {@link #output}, but progress may return to the start of its line. */
  static PrintWriter errors(Writer err) {
    return new PrintWriter(new TerminalSafe(err, true), true);
  }

  /** {@code text} with every control character escaped, line breaks and tabs too: for cells. */
  static String cell(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(escape(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public void write(int c) throws IOException {
    if (passes((char) c)) {
      out.write(c);
    } else {
      out.write(escape((char) c));
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int from = offset;
    for (int i = offset; i < offset + length; i++) {
      if (!passes(chars[i])) {
        out.write(chars, from, i - from);
        out.write(escape(chars[i]));
        from = i + 1;
      }
    }
    out.write(chars, from, offset + length - from);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      if (!passes(text.charAt(i))) {
        char[] chars = new char[length];
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
        return;
      }
    }
    out.write(text, offset, length);
  }

  private boolean passes(char c) {
    return !isControl(c) || c == '\n' || c == '\t' || (carriageReturns && c == '\r');
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  private static String escape(char c) {
    return String.format("\\u%04x", (int) c);
  }
}
