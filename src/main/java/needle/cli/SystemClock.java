package needle.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The system clock, whose zone is the system time zone's offset at the moment it is asked for: the
 * same local date and time as the zone itself gives now. A region zone (ZoneId.systemDefault())
 * starts java.time's zone-rules providers, and looking for those opens every jar of the class path,
 * a tenth of a short command's run; the offset comes from TimeZone, which reads the time-zone
 * database without them. Asked again, it gives the offset then, so a server that runs across a
 * change to or from summer time keeps today's date right.
 */
final class SystemClock extends Clock {
  @Override
  public ZoneId getZone() {
    return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(millis()) / 1000);
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
