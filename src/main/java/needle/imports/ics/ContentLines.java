package needle.imports.ics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import needle.imports.ImportException;
import needle.imports.Skipped;
import needle.imports.TextFile;

/**
 * Splits an iCalendar file into unfolded content lines (RFC 5545 §3.1), each with the line it
 * starts on. A blank line is kept as a property with an empty name, so the caller can tell where it
 * is.
 */
final class ContentLines {
  private final Path file;

  private ContentLines(Path file) {
    this.file = file;
  }

  /**
   * The file's content lines, in order; old exporters wrote Windows-1252 rather than UTF-8, and
   * {@code notice} hears when this file was read so.
   */
  static List<Property> read(Path file, Consumer<Skipped> notice) {
    TextFile.Text text = TextFile.read(file);
    text.notice().ifPresent(notice);
    return new ContentLines(file).lines(text.text());
  }

  private List<Property> lines(String text) {
    String[] physical = text.split("\r\n|\n|\r", -1);
    List<Property> out = new ArrayList<>();
    StringBuilder current = null;
    long start = 0;
    int blanks = 0; // leading blank lines, to tell the first content line
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i];
      boolean folded = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (folded && current != null) {
        // An address holds no spaces, so all indentation of its continuation is folding (RFC
        // 5545's own examples indent by two).
        current.append(isAddress(current) ? line.stripLeading() : line.substring(1));
        continue;
      }
      if (current != null) {
        out.add(parse(current.toString(), start, out.size() == blanks));
        current = null;
      }
      if (line.isBlank()) {
        blanks += out.size() == blanks ? 1 : 0;
        out.add(new Property("", Map.of(), "", i + 1L));
      } else {
        current = new StringBuilder(line.stripLeading());
        start = i + 1L;
      }
    }
    if (current != null) {
      out.add(parse(current.toString(), start, out.size() == blanks));
    }
    return out;
  }

  private static boolean isAddress(StringBuilder line) {
    String head = line.substring(0, Math.min(line.length(), 10)).toUpperCase(Locale.ROOT);
    return head.matches("(ATTENDEE|ORGANIZER)[;:].*");
  }

  private Property parse(String line, long number, boolean first) {
    int i = 0;
    while (i < line.length()
        && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-')) {
      i++;
    }
    if (i == 0 || i == line.length() || (line.charAt(i) != ';' && line.charAt(i) != ':')) {
      String problem =
          first
              ? "not an iCalendar file: found \"" + shorten(line) + "\" (expected BEGIN:VCALENDAR)"
              : "\"" + shorten(line) + "\" is not a content line (expected NAME:VALUE)";
      throw new ImportException(file, number, problem);
    }
    String name = line.substring(0, i);
    Map<String, String> params = new LinkedHashMap<>();
    int colon = params(line, i, params);
    if (colon < 0) {
      throw new ImportException(
          file, number, name + " has no value (expected NAME:VALUE, e.g. " + name + ":…)");
    }
    return new Property(name, params, line.substring(colon + 1), number);
  }

  /** Reads {@code ;NAME=VALUE} pairs from {@code i}; returns the index of the value's colon. */
  private static int params(String line, int i, Map<String, String> params) {
    String last = null;
    StringBuilder value = null;
    while (i < line.length() && line.charAt(i) == ';') {
      int end = segmentEnd(line, i + 1);
      String segment = line.substring(i + 1, end);
      int eq = segment.indexOf('=');
      if (eq > 0) {
        put(params, last, value);
        last = segment.substring(0, eq).trim().toUpperCase(Locale.ROOT);
        value = new StringBuilder(unquote(segment.substring(eq + 1)));
      } else if (last != null) {
        // Some writers escape a ';' inside a parameter value; keep it part of that value.
        value.append(';').append(unquote(segment));
      }
      i = end;
    }
    put(params, last, value);
    return i < line.length() && line.charAt(i) == ':' ? i : -1;
  }

  private static void put(Map<String, String> params, String name, StringBuilder value) {
    if (name != null) {
      params.put(name, value.toString());
    }
  }

  private static int segmentEnd(String line, int i) {
    boolean quoted = false;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ';' || c == ':')) {
        return i;
      }
    }
    return i;
  }

  private static String unquote(String value) {
    return value.replace("\"", "").trim();
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "…" : text;
  }
}
