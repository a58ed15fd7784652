package needle.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import needle.storage.Accounts;
import needle.storage.Ledger;
import needle.storage.LoginAttempts;
import needle.storage.Sessions;

/**
 * Server mode's login: a user name and password open a session, whose token (the cookie) names the
 * user's own ledger on every request until it ends. Sessions live in the database, so any server
 * instance on it can serve any request.
 */
public final class Login {
  /** For a use of the sessions that opens none. */
  static final Duration NO_LIFETIME = Duration.ZERO;

  private final Ledger base;
  private final Sessions sessions;
  private final Clock clock;
  private final Throttle throttle;

  /** Logins to the accounts of {@code base}'s database, each session lasting {@code lifetime}. */
  public Login(Ledger base, Duration lifetime, Clock clock) {
    this.base = base;
    this.sessions = new Sessions(base, lifetime);
    this.clock = clock;
    this.throttle = new Throttle(base);
  }

  /**
   * A logged-in session: the user's name, the token for the cookie, the CSRF token its forms must
   * send back, when it ends, and the user's own ledger.
   */
  public record Session(String user, String token, String csrf, Instant expiresAt, Ledger ledger) {}

  /** What a login attempt came to. */
  public sealed interface Outcome permits Opened, Refused, Throttled {}

  /** The name and password match: here is the new session. */
  public record Opened(Session session) implements Outcome {}

  /** No such user, or the wrong password: the two are not told apart. */
  public record Refused() implements Outcome {}

  /** Too many failures from this address or for this user lately: try again after the wait. */
  public record Throttled(Duration retryAfter) implements Outcome {}

  /**
   * Opens a session for {@code user} if {@code password} is theirs, when the throttle lets an
   * attempt from {@code address} for {@code user} through. An unknown user's attempt checks a
   * password hash all the same, so the time it takes does not tell whether the user exists.
   */
  public Outcome attempt(String user, char[] password, String address) {
    Instant now = clock.instant();
    String name = Accounts.normalName(user);
    Optional<Accounts.Account> account = Accounts.find(base, name);
    List<LoginAttempts.Key> keys = Throttle.keys(address, account.map(Accounts.Account::id), name);
    Optional<Duration> wait = throttle.take(keys, now);
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    String hash = account.map(Accounts.Account::passwordHash).orElseGet(Passwords::unmatchable);
    if (!Passwords.matches(password, hash) || account.isEmpty()) {
      return new Refused();
    }
    throttle.succeeded(keys, now);
    return new Opened(session(sessions.open(account.get(), clock.instant())));
  }

  /** The live session behind {@code token} (a cookie, maybe missing), if it has not ended. */
  public Optional<Session> session(String token) {
    return sessions.find(token, clock.instant()).map(this::session);
  }

  /** Ends the session behind {@code token}. */
  public void logout(String token) {
    sessions.close(token);
  }

  private Session session(Sessions.Session s) {
    return new Session(s.user(), s.token(), s.csrf(), s.expiresAt(), base.asOwner(s.ownerId()));
  }
}
