package needle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
}
