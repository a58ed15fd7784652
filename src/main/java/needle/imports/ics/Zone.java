package needle.imports.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/** Where a wall-clock time is read: a zone's rules, or none for floating times. */
record Zone(String id, ZoneRules rules) {
  static final Zone FLOATING = new Zone("floating", null);
  static final Zone UTC = new Zone("UTC", ZoneOffset.UTC.getRules());

  boolean floating() {
    return rules == null;
  }

  /**
   * The instant of a wall-clock time; a time in a spring-forward gap moves forward, as
   * ZonedDateTime does.
   */
  Instant instant(LocalDateTime local) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return local.toInstant(gap.getOffsetBefore());
    }
    return local.toInstant(offsets.get(0));
  }

  LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, rules.getOffset(instant));
  }
}
