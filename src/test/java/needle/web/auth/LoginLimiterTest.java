package needle.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
  private Instant now = Instant.parse("2026-11-30T10:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void refusesAfterTooManyFailuresUntilTheWindowPasses() {
    LoginLimiter limiter = new LoginLimiter(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.allows("ada")).isTrue();
      limiter.failed("ada");
    }

    assertThat(limiter.allows("ada")).isFalse();
    assertThat(limiter.retryAfter("ada")).isEqualTo(Duration.ofMinutes(15));
    assertThat(limiter.allows("grace")).as("other keys are not affected").isTrue();

    now = now.plus(Duration.ofMinutes(16));
    assertThat(limiter.allows("ada")).isTrue();
  }

  @Test
  void aSuccessClearsTheFailures() {
    LoginLimiter limiter = new LoginLimiter(2, Duration.ofMinutes(15), clock);
    limiter.failed("ada");

    limiter.succeeded("ada");
    limiter.failed("ada");

    assertThat(limiter.allows("ada")).isTrue();
  }
}
