package needle.imports.linkedin;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates LinkedIn has written over the years: "16 Dec 2024", "29-Aug-22", "1/8/18, 6:14 PM" and
 * "2023-06-11 15:33:58 UTC"; {@link #parse} drops the time of day, {@link #instant} keeps it.
 */
final class LinkedinDates {
  static final String EXPECTED =
      "a date such as 16 Dec 2024, 29-Aug-22, 1/8/18, 6:14 PM or 2024-12-16";

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          format("d MMM uuuu"),
          format("d-MMM-uu"),
          format("d-MMM-uuuu"),
          format("M/d/uu"),
          format("M/d/uuuu"));

  private static final List<DateTimeFormatter> TIMES =
      List.of(format("uuuu-MM-dd HH:mm:ss 'UTC'"), format("M/d/uu, h:mm a"));

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T].*)?");
  private static final Pattern AFTER_COMMA = Pattern.compile(",.*");

  private LinkedinDates() {}

  /** The date {@code text} names, or empty when it is no LinkedIn date. */
  static Optional<LocalDate> parse(String text) {
    String trimmed = text.trim();
    if (ISO.matcher(trimmed).matches()) {
      return attempt(trimmed.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
    }
    String day = AFTER_COMMA.matcher(trimmed).replaceAll("").trim();
    for (DateTimeFormatter f : FORMATS) {
      Optional<LocalDate> date = attempt(day, f);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The instant {@code text} names: "2023-06-11 15:33:58 UTC" to the second, "1/8/18, 6:14 PM" to
   * the minute (read as UTC); a date alone is its start of day in UTC.
   */
  static Optional<Instant> instant(String text) {
    String trimmed = text.trim();
    for (DateTimeFormatter f : TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(trimmed, f).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    return parse(text).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** Tried without an exception first: 30,000 rows in the fourth format would throw 90,000. */
  private static Optional<LocalDate> attempt(String text, DateTimeFormatter format) {
    ParsePosition position = new ParsePosition(0);
    if (format.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter format(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
