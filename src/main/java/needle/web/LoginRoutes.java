package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import needle.app.Login;
import needle.web.auth.Access;
import needle.web.auth.SessionAccess;

/**
 * Server mode's door: the login page, login and logout, and the gate that sends anyone not logged
 * in to the login page (pages) or answers 401 (the API).
 */
final class LoginRoutes {
  private final SessionAccess access;
  private final TrustedProxies proxies;
  private final Clock clock;

  LoginRoutes(SessionAccess access, TrustedProxies proxies, Clock clock) {
    this.access = access;
    this.proxies = proxies;
    this.clock = clock;
  }

  /** The gate runs before every other check, so a visitor without a session is sent to log in. */
  void registerGate(RoutesConfig routes) {
    routes.before(this::gate);
  }

  void register(RoutesConfig routes) {
    routes.get("/login", this::form);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  /** Lets through the login page and static files; everything else needs a session. */
  private void gate(Context ctx) {
    String path = ctx.path();
    boolean open =
        path.equals("/login")
            || path.equals("/favicon.ico")
            || path.startsWith("/static/")
            || path.startsWith("/webjars/");
    if (open || access.session(ctx).isPresent()) {
      return;
    }
    if (path.startsWith("/api/")) {
      Failures.respond(ctx, 401, "log in first (POST /login with user and password)");
    } else if (Requests.isHtmx(ctx)) {
      ctx.header("HX-Redirect", loginUrl(pathOf(ctx.header("HX-Current-URL"))));
      ctx.status(HttpStatus.UNAUTHORIZED);
    } else {
      // After the login a GET comes back to where it was; a form sent without htmx (whose
      // page is unknown: no referrer is sent) goes to the dashboard.
      String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
      String next = ctx.method() == HandlerType.GET ? path + query : "/";
      ctx.redirect(loginUrl(next), HttpStatus.FOUND);
    }
    ctx.skipRemainingHandlers();
  }

  private void form(Context ctx) {
    render(ctx, HttpStatus.OK, null);
  }

  private void login(Context ctx) {
    String user = Optional.ofNullable(ctx.formParam("user")).orElse("").trim();
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    Login.Outcome outcome = access.login().attempt(user, password, proxies.client(ctx));
    if (outcome instanceof Login.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      ctx.header("Retry-After", Long.toString(seconds));
      render(
          ctx,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many failed logins: try again in " + waitText(seconds) + ".");
      return;
    }
    if (!(outcome instanceof Login.Opened opened)) {
      render(ctx, HttpStatus.UNAUTHORIZED, "Wrong user name or password.");
      return;
    }
    Login.Session session = opened.session();
    int maxAge = (int) Duration.between(clock.instant(), session.expiresAt()).toSeconds();
    ctx.cookie(cookie(ctx, SessionAccess.SESSION_COOKIE, session.token(), maxAge));
    ctx.removeCookie(SessionAccess.LOGIN_COOKIE, "/");
    ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private static String waitText(long seconds) {
    if (seconds < 120) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    return ((seconds + 59) / 60) + " minutes";
  }

  private void logout(Context ctx) {
    access.session(ctx).ifPresent(s -> access.login().logout(s.token()));
    ctx.removeCookie(SessionAccess.SESSION_COOKIE, "/");
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, HttpStatus status, String message) {
    // One token per browser, kept while it lives: a second tab or a stray request (a favicon
    // sent here by the gate) must not invalidate the form already on screen.
    String token =
        Optional.ofNullable(ctx.cookie(SessionAccess.LOGIN_COOKIE))
            .filter(t -> t.length() >= 32)
            .orElseGet(Access::randomToken);
    ctx.cookie(cookie(ctx, SessionAccess.LOGIN_COOKIE, token, 3600));
    ctx.status(status);
    Views.html(
        ctx,
        "login.jte",
        Map.of(
            "page",
            new Page("Log in", "", token, ""),
            "next",
            safeNext(Optional.ofNullable(ctx.formParam("next")).orElse(ctx.queryParam("next"))),
            "message",
            message == null ? "" : message,
            "user",
            Optional.ofNullable(ctx.formParam("user")).orElse("")));
  }

  /**
   * HttpOnly so scripts cannot read it; SameSite=Strict so other sites cannot send it; Secure when
   * the browser's connection is HTTPS, as we or a trusted proxy see it.
   */
  private Cookie cookie(Context ctx, String name, String value, int maxAge) {
    return new Cookie(name, value, "/", maxAge, proxies.https(ctx), true, null, SameSite.STRICT);
  }

  /**
   * Only a path on this site, so the login page cannot send anyone elsewhere: one {@code /} and a
   * letter, digit or one of {@code -._~?#&=%}, and no control character, space or backslash
   * anywhere, also once decoded (browsers drop a tab or newline, so {@code /<TAB>/evil.example} is
   * {@code //evil.example} to them).
   */
  static String safeNext(String next) {
    if (next == null || next.equals("/")) {
      return "/";
    }
    String decoded = next;
    for (int round = 0; round < 3; round++) {
      if (!SAFE_PATH.matcher(decoded).matches()) {
        return "/";
      }
      try {
        decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "/";
      }
    }
    return SAFE_PATH.matcher(decoded).matches() ? next : "/";
  }

  private static final Pattern SAFE_PATH =
      Pattern.compile("/([A-Za-z0-9\\-._~?#&=%][^\\s\\p{Cc}\\p{Cf}\\p{Z}\\\\]*)?");

  private static String loginUrl(String next) {
    return "/login?next=" + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8);
  }

  private static String pathOf(String url) {
    if (url == null) {
      return "/";
    }
    try {
      URI uri = URI.create(url);
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
