package needle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The one rounding rule for figures in JSON. */
public final class Figures {
  private Figures() {}

  /** The one rounding rule for figures shown outside: four decimal places, half up. */
  public static Double round(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * {@code value} with {@code places} decimals, rounded half up: exactly what {@code
   * String.format(Locale.ROOT, "%.Nf", value)} prints, without a formatter, which costs more than
   * the rest of a ranked row's reasons.
   */
  public static String fixed(double value, int places) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.format(Locale.ROOT, "%." + places + "f", value);
    }
    String digits =
        BigDecimal.valueOf(Math.abs(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    // The formatter keeps the sign of a negative value that rounds to zero, and of -0.0.
    return Double.doubleToRawLongBits(value) < 0 ? "-" + digits : digits;
  }
}
