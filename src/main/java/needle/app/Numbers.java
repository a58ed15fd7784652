package needle.app;

import needle.scoring.Figures;

/**
 * The one rule for figures shown to people, on the command line and on the pages alike: hours and
 * points with one decimal, ratios with two, shares as whole percentages, rounded half up, and a
 * dash where there is nothing to measure. JSON keeps four decimals ({@code Figures.round}).
 */
public final class Numbers {
  /** What stands where there is nothing to measure. */
  public static final String NONE = "-";

  private Numbers() {}

  public static String one(double value) {
    return Figures.fixed(value, 1);
  }

  public static String two(double value) {
    return Figures.fixed(value, 2);
  }

  /** A share such as a balance, with two decimals, or a dash. */
  public static String share(Double value) {
    return value == null ? NONE : two(value);
  }

  /** A share as a whole percentage, or a dash. */
  public static String percent(Double value) {
    return value == null ? NONE : Figures.fixed(100 * value, 0) + "%";
  }

  /** Minutes as "45 min" or "1 h 30 min", rounded to the minute. */
  public static String minutes(double minutes) {
    long whole = Math.round(minutes);
    if (whole < 60) {
      return whole + " min";
    }
    long rest = whole % 60;
    return whole / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
  }

  /** Text, or a dash when there is none. */
  public static String orDash(String text) {
    return text == null || text.isBlank() ? NONE : text;
  }
}
