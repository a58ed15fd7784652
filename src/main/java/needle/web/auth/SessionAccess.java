package needle.web.auth;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.Optional;
import needle.storage.Ledger;
import needle.storage.Sessions;

/**
 * Server mode's {@link Access}: the session cookie names a logged-in user, whose own ledger (owner)
 * every request reaches; the session's CSRF token guards every change. Before login, the login
 * form's own token (kept in a cookie) is the one checked.
 */
public final class SessionAccess implements Access {
  public static final String SESSION_COOKIE = "needle_session";
  public static final String LOGIN_COOKIE = "needle_login";
  private static final String CACHED = "needle.session";

  private final Ledger base;
  private final Sessions sessions;
  private final Clock clock;

  public SessionAccess(Ledger base, Sessions sessions, Clock clock) {
    this.base = base;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The live session of this request, looked up once per request. */
  public Optional<Sessions.Session> session(Context ctx) {
    Optional<Sessions.Session> cached = ctx.attribute(CACHED);
    if (cached == null) {
      cached = sessions.find(ctx.cookie(SESSION_COOKIE), clock.instant());
      ctx.attribute(CACHED, cached);
    }
    return cached;
  }

  public Sessions sessions() {
    return sessions;
  }

  public Ledger base() {
    return base;
  }

  @Override
  public Ledger ledger(Context ctx) {
    return session(ctx)
        .map(s -> base.asOwner(s.ownerId()))
        .orElseThrow(() -> new UnauthorizedResponse("log in first"));
  }

  @Override
  public String csrfToken(Context ctx) {
    return session(ctx).map(Sessions.Session::csrf).orElseGet(() -> loginToken(ctx));
  }

  @Override
  public String userName(Context ctx) {
    return session(ctx).map(Sessions.Session::user).orElse(null);
  }

  private static String loginToken(Context ctx) {
    String token = ctx.cookie(LOGIN_COOKIE);
    // Never an empty token: an empty one would match a form that sends none.
    return token == null || token.isBlank() ? Access.randomToken() : token;
  }
}
