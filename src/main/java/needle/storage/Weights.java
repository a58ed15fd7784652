package needle.storage;

import java.time.LocalDate;

/**
 * The decay weights the read model stores: an amount on a day is kept times 2^((day - 2000-01-01) /
 * half-life), so that the decayed sum as of a later date is the stored sum times {@link #asOf}: the
 * same half-life decay scoring applies to each row, factored so sums can be kept.
 */
record Weights(int halfLife) {
  private static final long ORIGIN = LocalDate.of(2000, 1, 1).toEpochDay();

  /** Beyond this many half-lives from the origin, weights would leave the range of a double. */
  private static final double MAX_EXPONENT = 1000;

  /** The shortest half-life whose weights stay in range for any day from 1800 to 2200. */
  static final int MIN_HALF_LIFE = 80;

  double of(LocalDate on) {
    return Math.pow(2.0, (on.toEpochDay() - ORIGIN) / (double) halfLife);
  }

  /** What turns a stored weighted sum into the decayed sum as of {@code asOf}. */
  double asOf(LocalDate asOf) {
    return Math.pow(2.0, (ORIGIN - asOf.toEpochDay()) / (double) halfLife);
  }

  /** Whether sums as of {@code day} can be read from the stored weights. */
  boolean covers(LocalDate day) {
    return halfLife >= MIN_HALF_LIFE
        && Math.abs((day.toEpochDay() - ORIGIN) / (double) halfLife) < MAX_EXPONENT;
  }

  /** The month a day falls in, as year * 12 + month - 1. */
  static int month(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue() - 1;
  }
}
