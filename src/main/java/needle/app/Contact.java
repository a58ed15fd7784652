package needle.app;

import java.time.LocalDate;
import needle.scoring.Policy;
import needle.scoring.RelationshipClass;
import needle.scoring.Score;

/** The one rule for keeping in touch: a person's cadence, else the default for strong ones. */
public final class Contact {
  private Contact() {}

  /** The cadence in days that applies to {@code s}, or null when none does. */
  public static Integer cadence(Score s, Policy policy) {
    Integer own = s.person().cadenceDays();
    if (own == null && s.relationshipClass() == RelationshipClass.STRONG) {
      return policy.strongCadenceDays();
    }
    return own;
  }

  /** The day to be in touch again: last contact plus the cadence; null without either. */
  public static LocalDate keepInTouchOn(Score s, Policy policy) {
    Integer cadence = cadence(s, policy);
    return cadence == null || s.lastContact() == null ? null : s.lastContact().plusDays(cadence);
  }
}
