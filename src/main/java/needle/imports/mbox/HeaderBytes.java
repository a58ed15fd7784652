package needle.imports.mbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The header fields an import reads of the message being read (others, such as Received, are
 * dropped as they come), up to a cap no real header reaches. Field names are matched as bytes, so a
 * header line costs no String unless its field is one of these.
 */
final class HeaderBytes {
  static final int MAX = 256 * 1024;

  /** The fields {@link HeaderParser} looks at, in lower case. */
  static final List<String> FIELDS =
      List.of(
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
          "x-to",
          "content-type",
          "content-transfer-encoding",
          "mime-version");

  private static final byte[][] NAMES =
      FIELDS.stream().map(f -> f.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

  /** A field name longer than this cannot be one of {@link #FIELDS}. */
  private static final int NAME_SEARCH = 30;

  /** The index of Message-ID in {@link #FIELDS}. */
  static final int MESSAGE_ID = FIELDS.indexOf("message-id");

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
    keeping = continued ? keeping : wanted(line.buffer(), line.start(), line.end()) >= 0;
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

  /**
   * Which of {@link #FIELDS} the header line in {@code buffer[start, end)} starts, by its index, or
   * -1; the name may have blanks around it, and any case.
   */
  static int wanted(byte[] buffer, int start, int end) {
    int limit = Math.min(end, start + NAME_SEARCH);
    for (int colon = start; colon < limit; colon++) {
      if (buffer[colon] == ':') {
        int from = start;
        int to = colon;
        while (from < to && blank(buffer[from])) {
          from++;
        }
        while (to > from && blank(buffer[to - 1])) {
          to--;
        }
        return field(buffer, from, to);
      }
    }
    return -1;
  }

  private static int field(byte[] buffer, int from, int to) {
    for (int f = 0; f < NAMES.length; f++) {
      if (NAMES[f].length == to - from && sameLetters(NAMES[f], buffer, from)) {
        return f;
      }
    }
    return -1;
  }

  private static boolean sameLetters(byte[] lower, byte[] buffer, int from) {
    for (int i = 0; i < lower.length; i++) {
      byte b = buffer[from + i];
      if (b != lower[i] && (b < 'A' || b > 'Z' || b + ('a' - 'A') != lower[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(byte b) {
    return b == ' ' || b == '\t';
  }

  /**
   * The first Message-ID field's value, unfolded, when it is plain ASCII with no encoded word (as
   * every real one is), so it reads the same as a full parse would; else null.
   */
  String plainMessageId() {
    int at = 0;
    while (at < length) {
      int end = lineEnd(at);
      if (wanted(bytes, at, end) == MESSAGE_ID) {
        return plainValue(at, end);
      }
      at = end + 1;
    }
    return null;
  }

  private String plainValue(int start, int firstEnd) {
    int end = firstEnd;
    while (end + 1 < length && blank(bytes[end + 1])) {
      end = lineEnd(end + 1);
    }
    for (int i = start; i < end; i++) {
      if (bytes[i] < 0 || (bytes[i] == '=' && i + 1 < end && bytes[i + 1] == '?')) {
        return null;
      }
    }
    String field = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    return field.substring(field.indexOf(':') + 1);
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }
}
