package needle.web;

import java.util.Locale;

/** Figures as the pages show them: one decimal for hours and points, two for shares. */
final class Numbers {
  private Numbers() {}

  static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A share, or a dash when there is nothing to measure. */
  static String share(Double value) {
    return value == null ? "–" : two(value);
  }

  /** Minutes as "45 min" or "1 h 30 min". */
  static String minutes(double minutes) {
    long whole = Math.round(minutes);
    if (whole < 60) {
      return whole + " min";
    }
    long rest = whole % 60;
    return whole / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
  }
}
