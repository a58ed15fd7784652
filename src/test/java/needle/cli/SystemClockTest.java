package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line's clock gives the local date and time the system's zone gives, in any zone. */
class SystemClockTest {
  private final TimeZone before = TimeZone.getDefault();

  @AfterEach
  void restoreTheZone() {
    TimeZone.setDefault(before);
  }

  @Test
  void itsOffsetIsTheSystemZonesOffsetNow() {
    for (String zone :
        new String[] {
          "UTC", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Asia/Kolkata"
        }) {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      SystemClock clock = new SystemClock();
      Instant now = clock.instant();

      assertThat(clock.getZone().getRules().getOffset(now))
          .as(zone)
          .isEqualTo(ZoneId.of(zone).getRules().getOffset(now));
      assertThat(LocalDateTime.ofInstant(now, clock.getZone()))
          .isEqualTo(LocalDateTime.ofInstant(now, ZoneId.of(zone)));
    }
  }
}
