package needle.web.auth;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import needle.app.Login;
import needle.storage.Ledger;

/**
 * Server mode's {@link Access}: the session cookie names a logged-in user, whose own ledger (owner)
 * every request reaches; the session's CSRF token guards every change. Before login, the login
 * form's own token (kept in a cookie) is the one checked.
 */
public final class SessionAccess implements Access {
  public static final String SESSION_COOKIE = "needle_session";
  public static final String LOGIN_COOKIE = "needle_login";
  private static final String CACHED = "needle.session";

  private final Login login;

  public SessionAccess(Login login) {
    this.login = login;
  }

  /** The live session of this request, looked up once per request. */
  public Optional<Login.Session> session(Context ctx) {
    Optional<Login.Session> cached = ctx.attribute(CACHED);
    if (cached == null) {
      cached = login.session(ctx.cookie(SESSION_COOKIE));
      ctx.attribute(CACHED, cached);
    }
    return cached;
  }

  /** The login use case behind the sessions: log in, log out. */
  public Login login() {
    return login;
  }

  @Override
  public Ledger ledger(Context ctx) {
    return session(ctx)
        .map(Login.Session::ledger)
        .orElseThrow(() -> new UnauthorizedResponse("log in first"));
  }

  @Override
  public String csrfToken(Context ctx) {
    return session(ctx).map(Login.Session::csrf).orElseGet(() -> loginToken(ctx));
  }

  @Override
  public String userName(Context ctx) {
    return session(ctx).map(Login.Session::user).orElse(null);
  }

  private static String loginToken(Context ctx) {
    String token = ctx.cookie(LOGIN_COOKIE);
    // Never an empty token: an empty one would match a form that sends none.
    return token == null || token.isBlank() ? Access.randomToken() : token;
  }
}
