package needle.cli;

import java.util.Locale;

/** Figures as people read them in tables: one decimal for hours and points, a dash for nothing. */
final class Format {
  private Format() {}

  static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String share(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }

  static String minutes(double minutes) {
    return minutes == Math.rint(minutes)
        ? String.format(Locale.ROOT, "%.0f min", minutes)
        : String.format(Locale.ROOT, "%.1f min", minutes);
  }

  static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }
}
