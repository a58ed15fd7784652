package needle.imports;

/**
 * Takes control characters out of imported text: an escape sequence in a name would otherwise reach
 * the terminal that lists it (change its title, its colours, or print a row that is not there).
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** {@code text} without C0, DEL or C1 controls; tabs and line breaks become spaces. */
  public static String strip(String text) {
    return clean(text, false);
  }

  /** {@code text} without controls, but with its line breaks and tabs: for notes. */
  public static String stripKeepingLines(String text) {
    return clean(text, true);
  }

  /** Whether {@code c} is a control character a terminal may act on. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  private static String clean(String text, boolean lines) {
    if (text == null || !hasControl(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && lines && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\t' || c == '\r') {
        out.append(lines ? (c == '\t' ? '\t' : '\n') : ' ');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
