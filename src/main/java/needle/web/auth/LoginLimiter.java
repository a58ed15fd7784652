package needle.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one key (an address, or
 * a user name) within {@code window}, further attempts are refused until the window passes.
 */
public final class LoginLimiter {
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Five failures in fifteen minutes, the usual default. */
  public static LoginLimiter standard() {
    return new LoginLimiter(5, Duration.ofMinutes(15), Clock.systemUTC());
  }

  /** Whether another attempt for {@code key} may be made now. */
  public boolean allows(String key) {
    Deque<Instant> recent = recent(key);
    synchronized (recent) {
      return recent.size() < maxFailures;
    }
  }

  /** How long until {@code key} may try again, zero when it may now. */
  public Duration retryAfter(String key) {
    Deque<Instant> recent = recent(key);
    synchronized (recent) {
      if (recent.size() < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(clock.instant(), recent.peekFirst().plus(window));
    }
  }

  public void failed(String key) {
    Deque<Instant> recent = recent(key);
    synchronized (recent) {
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private Deque<Instant> recent(String key) {
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (recent) {
      Instant cutoff = clock.instant().minus(window);
      while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
        recent.removeFirst();
      }
    }
    return recent;
  }
}
