package needle.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import needle.storage.Accounts;
import needle.storage.Ledger;
import needle.storage.Sessions;

/**
 * Server mode's login: a user name and password open a session, whose token (the cookie) names the
 * user's own ledger on every request until it ends. Sessions live in the database, so any server
 * instance on it can serve any request.
 */
public final class Login {
  private final Ledger base;
  private final Sessions sessions;
  private final Clock clock;

  /** Logins to the accounts of {@code base}'s database, each session lasting {@code lifetime}. */
  public Login(Ledger base, Duration lifetime, Clock clock) {
    this.base = base;
    this.sessions = new Sessions(base, lifetime);
    this.clock = clock;
  }

  /**
   * A logged-in session: the user's name, the token for the cookie, the CSRF token its forms must
   * send back, when it ends, and the user's own ledger.
   */
  public record Session(String user, String token, String csrf, Instant expiresAt, Ledger ledger) {}

  /** What a login attempt came to. */
  public sealed interface Outcome permits Opened, Refused {}

  /** The name and password match: here is the new session. */
  public record Opened(Session session) implements Outcome {}

  /** No such user, or the wrong password: the two are not told apart. */
  public record Refused() implements Outcome {}

  /** Opens a session for {@code user} if {@code password} is theirs. */
  public Outcome attempt(String user, char[] password) {
    Optional<Accounts.Account> account =
        Accounts.find(base, user).filter(a -> Passwords.matches(password, a.passwordHash()));
    if (account.isEmpty()) {
      return new Refused();
    }
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
