package needle.imports.mbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The header fields an import reads of the message being read (others, such as Received, are
 * dropped as they come), up to a cap no real header reaches.
 */
final class HeaderBytes {
  static final int MAX = 256 * 1024;

  /** The fields {@link HeaderParser} looks at. */
  static final Set<String> FIELDS =
      Set.of(
          "from",
          "to",
          "date",
          "subject",
          "message-id",
          "in-reply-to",
          "references",
          "list-id",
          "precedence",
          "auto-submitted",
          "x-autoreply",
          "x-from",
          "x-to");

  private byte[] bytes = new byte[8192];
  private int length;
  private boolean keeping;

  void clear() {
    length = 0;
    keeping = false;
  }

  void add(Lines line) {
    int size = line.end() - line.start();
    boolean continued =
        size > 0 && (line.buffer()[line.start()] == ' ' || line.buffer()[line.start()] == '\t');
    keeping = continued ? keeping : wanted(line);
    if (!keeping || length + size + 1 > MAX) {
      return;
    }
    if (length + size + 1 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + size + 1));
    }
    System.arraycopy(line.buffer(), line.start(), bytes, length, size);
    length += size;
    bytes[length++] = '\n';
  }

  private static boolean wanted(Lines line) {
    byte[] buffer = line.buffer();
    int end = Math.min(line.end(), line.start() + 20);
    for (int i = line.start(); i < end; i++) {
      if (buffer[i] == ':') {
        String name = new String(buffer, line.start(), i - line.start(), StandardCharsets.US_ASCII);
        return FIELDS.contains(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }
}
