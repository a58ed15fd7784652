package needle.imports.ics;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads iCalendar values (dates, date-times, durations, periods, offsets) or says what is wrong.
 */
final class Values {
  // A trailing Z on a DATE is wrong but written by some exporters; it is ignored.
  private static final Pattern DATE_TIME = Pattern.compile("(\\d{8})(?:T(\\d{4}|\\d{6}))?(Z)?");
  private static final Pattern DURATION =
      Pattern.compile(
          "([+-])?P(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,6})S)?)?");
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d\\d):?(\\d\\d)(?::?(\\d\\d))?");

  private final Path file;

  Values(Path file) {
    this.file = file;
  }

  /** A DATE or DATE-TIME as written: the wall-clock time, whether it was a DATE, whether UTC. */
  record Written(LocalDateTime local, boolean date, boolean utc) {}

  Written dateTime(String text, long line) {
    Matcher m = DATE_TIME.matcher(text.trim());
    if (!m.matches()) {
      throw bad(line, "\"" + text + "\" is not a date or date-time", "e.g. 20240305T093000");
    }
    try {
      LocalDate date = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      if (m.group(2) == null) {
        return new Written(date.atStartOfDay(), true, false);
      }
      String hms = m.group(2).length() == 4 ? m.group(2) + "00" : m.group(2);
      LocalTime time = LocalTime.parse(hms, DateTimeFormatter.ofPattern("HHmmss"));
      return new Written(date.atTime(time), false, m.group(3) != null);
    } catch (DateTimeException e) {
      throw bad(line, "\"" + text + "\" is not a real date or time", "e.g. 20240305T093000");
    }
  }

  Span duration(String text, long line) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches() || text.trim().matches("[+-]?PT?")) {
      throw bad(line, "\"" + text + "\" is not a duration", "e.g. PT1H30M or P1D");
    }
    int sign = "-".equals(m.group(1)) ? -1 : 1;
    int days = sign * (7 * number(m.group(2)) + number(m.group(3)));
    Duration time =
        Duration.ofHours(number(m.group(4)))
            .plusMinutes(number(m.group(5)))
            .plusSeconds(number(m.group(6)))
            .multipliedBy(sign);
    return new Span(days, time);
  }

  ZoneOffset offset(String text, long line) {
    Matcher m = OFFSET.matcher(text.trim());
    if (!m.matches()) {
      throw bad(line, "\"" + text + "\" is not a UTC offset", "e.g. +0100 or -0800");
    }
    int sign = m.group(1).equals("-") ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutesSeconds(
          sign * number(m.group(2)), sign * number(m.group(3)), sign * number(m.group(4)));
    } catch (DateTimeException e) {
      throw bad(line, "\"" + text + "\" is not a UTC offset", "between -1800 and +1800");
    }
  }

  BadValue bad(long line, String what, String expected) {
    return new BadValue(file, line, what + " (expected " + expected + ")");
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
