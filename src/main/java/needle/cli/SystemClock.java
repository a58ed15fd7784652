package needle.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's time zone, which is looked up on first use: finding it reads the
 * time-zone database, which costs a short command more than its work, and a command given its dates
 * (--as-of) never needs it.
 */
final class SystemClock extends Clock {
  private volatile ZoneId zone;

  @Override
  public ZoneId getZone() {
    ZoneId found = zone;
    if (found == null) {
      found = ZoneId.systemDefault();
      zone = found;
    }
    return found;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.system(other);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
