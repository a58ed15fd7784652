package needle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scores as rows with the field names of DESIGN §3, figures rounded by one rule. */
public final class Figures {
  private Figures() {}

  /** The one rounding rule for figures shown outside: four decimal places, half up. */
  public static Double round(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /** One `rank --json` row (and `/api/rank` row). */
  public static Map<String, Object> row(Score s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", s.person().name());
    row.put("title", s.person().title());
    row.put("company", s.person().company());
    row.put("level", s.person().level().rank());
    row.put("hours", round(s.hours()));
    row.put("given", round(s.given()));
    row.put("received", round(s.received()));
    row.put("roi", round(s.roi()));
    row.put("balance", round(s.balance()));
    row.put("openness", round(s.openness()));
    row.put("strength", s.strength());
    row.put("class", s.relationshipClass().label());
    row.put("direction", s.direction() == null ? null : s.direction().label());
    row.put("action", s.action().label());
    row.put("reasons", s.reasons());
    row.put("lastContact", s.lastContact() == null ? null : s.lastContact().toString());
    row.put("openAsks", s.openAsks());
    return row;
  }
}
