package needle.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import needle.storage.Ledger;
import needle.storage.LoginAttempts;
import needle.storage.LoginAttempts.Count;
import needle.storage.LoginAttempts.Key;

/**
 * Limits password guessing. An attempt is counted as a failure before its password is checked (and
 * handed back when it succeeds), so logins sent at once cannot all pass. A client address may fail
 * {@link #ADDRESS_LIMIT} times in {@link #WINDOW}, then waits for the window to pass; a user name
 * may fail {@link #FREE_FAILURES} times, then each further attempt waits twice as long as the one
 * before, up to {@link #LONGEST_WAIT}: someone guessing a user's password slows that user's logins
 * down, but never locks them out.
 */
final class Throttle {
  static final int ADDRESS_LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  /** A count quiet for a day is forgotten. */
  private static final Duration MEMORY = Duration.ofDays(1);

  private final Ledger base;

  Throttle(Ledger base) {
    this.base = base;
  }

  /** The keys one attempt counts under: its address, then its user name. */
  static List<Key> keys(String address, Optional<Long> account, String user) {
    return List.of(
        new Key(LoginAttempts.NO_OWNER, "address:" + address),
        new Key(account.orElse(LoginAttempts.NO_OWNER), "user:" + user));
  }

  /** Counts an attempt, or says how long to wait when it may not be made yet. */
  Optional<Duration> take(List<Key> keys, Instant now) {
    return LoginAttempts.change(
        base,
        keys,
        now.minus(MEMORY),
        counts -> {
          Count address = counts.get(0);
          Count user = counts.get(1);
          Duration wait = max(addressWait(address, now), userWait(user, now));
          if (!wait.isZero()) {
            return new LoginAttempts.Change<>(Optional.of(wait), null);
          }
          return new LoginAttempts.Change<>(
              Optional.<Duration>empty(), List.of(addressFailed(address, now), failed(user, now)));
        });
  }

  /** Hands back the attempt the address was charged, and clears the user's failures. */
  void succeeded(List<Key> keys, Instant now) {
    LoginAttempts.change(
        base,
        keys,
        now.minus(MEMORY),
        counts -> {
          Count address = counts.get(0);
          Count refunded =
              new Count(Math.max(0, address.failures() - 1), address.first(), address.last());
          return new LoginAttempts.Change<>(null, List.of(refunded, Count.NONE));
        });
  }

  static Duration addressWait(Count address, Instant now) {
    Instant reopens = address.first().plus(WINDOW);
    if (address.failures() < ADDRESS_LIMIT || !now.isBefore(reopens)) {
      return Duration.ZERO;
    }
    return Duration.between(now, reopens);
  }

  static Duration userWait(Count user, Instant now) {
    Instant next = user.last().plus(delay(user.failures()));
    return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
  }

  /** No wait for the first failures, then 1 s, 2 s, 4 s… up to the longest wait. */
  static Duration delay(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration wait = Duration.ofSeconds(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static Count addressFailed(Count address, Instant now) {
    boolean windowOver = !now.isBefore(address.first().plus(WINDOW));
    return windowOver || address.failures() == 0
        ? new Count(1, now, now)
        : new Count(address.failures() + 1, address.first(), now);
  }

  private static Count failed(Count user, Instant now) {
    Instant first = user.failures() == 0 ? now : user.first();
    return new Count(user.failures() + 1, first, now);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
