package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Collectors;

/**
 * Local mode's gate: anyone on the computer can reach 127.0.0.1, so every request must show the
 * local user's secret, which only they can read (a 0600 file). {@code serve} prints an address with
 * the secret in it ({@code ?key=…}); the first visit trades it for a cookie and drops it from the
 * address.
 */
final class LocalKey {
  static final String PARAM = "key";
  private static final int A_YEAR = 365 * 24 * 3600;

  private final byte[] secret;

  LocalKey(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  void registerGate(RoutesConfig routes) {
    routes.before(this::gate);
  }

  /** The cookie's name carries the port: each Needle on this computer keeps its own. */
  static String cookieName(Context ctx) {
    return "needle_key_" + ctx.req().getLocalPort();
  }

  private void gate(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/static/")
        || path.startsWith("/webjars/")
        || matches(ctx.cookie(cookieName(ctx)))) {
      return;
    }
    if (matches(ctx.queryParam(PARAM))) {
      ctx.cookie(
          new Cookie(
              cookieName(ctx),
              new String(secret, StandardCharsets.UTF_8),
              "/",
              A_YEAR,
              false,
              true,
              null,
              SameSite.STRICT));
      ctx.redirect(withoutKey(ctx), HttpStatus.SEE_OTHER);
    } else {
      Failures.respond(
          ctx,
          401,
          "open the address that  needle serve  printed: it carries the key that keeps other"
              + " accounts on this computer out of your ledger");
    }
    ctx.skipRemainingHandlers();
  }

  private boolean matches(String sent) {
    return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), secret);
  }

  private static String withoutKey(Context ctx) {
    String query =
        ctx.queryParamMap().entrySet().stream()
            .filter(e -> !e.getKey().equals(PARAM))
            .flatMap(e -> e.getValue().stream().map(v -> pair(e.getKey(), v)))
            .collect(Collectors.joining("&"));
    return LoginRoutes.safeNext(ctx.path() + (query.isEmpty() ? "" : "?" + query));
  }

  private static String pair(String key, String value) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
