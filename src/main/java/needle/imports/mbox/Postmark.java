package needle.imports.mbox;

import java.util.regex.Pattern;

/**
 * Whether a {@code From } line is a message separator: it carries a postmark, a sender, a time and
 * a year, as mbox writers put it. Read from the line's bytes to the same effect as {@link
 * #PATTERN}, since a large mailbox has one such line per message.
 */
final class Postmark {
  /** The test, as a regular expression over the line's first {@link #MAX} bytes. */
  static final Pattern PATTERN = Pattern.compile("From \\S+ .*\\d\\d?:\\d\\d.* \\d{4}.*");

  static final int MAX = 300;

  private Postmark() {}

  /** Whether {@code line[start, end)} matches {@link #PATTERN}, cut to {@link #MAX} bytes. */
  static boolean is(byte[] line, int start, int end) {
    int limit = start + Math.min(end - start, MAX);
    int rest = afterSender(line, start, limit);
    if (rest < 0 || hasLineBreak(line, rest, limit)) {
      return false;
    }
    int time = timeEnd(line, rest, limit);
    return time >= 0 && hasYear(line, time, limit);
  }

  /** Past "From ", the sender and the one space after it; -1 when they are not there. */
  private static int afterSender(byte[] line, int start, int limit) {
    int k = start + 5;
    if (k >= limit || !startsFrom(line, start) || whitespace(line[k])) {
      return -1;
    }
    while (k < limit && !whitespace(line[k])) {
      k++;
    }
    return k < limit && line[k] == ' ' ? k + 1 : -1;
  }

  private static boolean startsFrom(byte[] line, int start) {
    return line[start] == 'F'
        && line[start + 1] == 'r'
        && line[start + 2] == 'o'
        && line[start + 3] == 'm'
        && line[start + 4] == ' ';
  }

  /** Where the first time of day (h:mm or hh:mm) ends, or -1. */
  private static int timeEnd(byte[] line, int from, int limit) {
    for (int i = from; i + 3 < limit; i++) {
      if (digit(line[i]) && line[i + 1] == ':' && digit(line[i + 2]) && digit(line[i + 3])) {
        return i + 4;
      }
      if (i + 4 < limit
          && digit(line[i])
          && digit(line[i + 1])
          && line[i + 2] == ':'
          && digit(line[i + 3])
          && digit(line[i + 4])) {
        return i + 5;
      }
    }
    return -1;
  }

  /** A space and four digits at or after {@code from}. */
  private static boolean hasYear(byte[] line, int from, int limit) {
    for (int j = from; j + 4 < limit; j++) {
      if (line[j] == ' '
          && digit(line[j + 1])
          && digit(line[j + 2])
          && digit(line[j + 3])
          && digit(line[j + 4])) {
        return true;
      }
    }
    return false;
  }

  /** A character {@code .} does not match, read as ISO-8859-1: CR, LF and NEL. */
  private static boolean hasLineBreak(byte[] line, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (line[i] == '\n' || line[i] == '\r' || line[i] == (byte) 0x85) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \s} takes. */
  private static boolean whitespace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }
}
