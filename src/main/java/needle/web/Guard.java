package needle.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import needle.web.auth.Access;

/**
 * Checks every request before its route runs: on loopback the Host must be a loopback name (so a
 * web page cannot reach the app through DNS rebinding), and a request that changes something (any
 * method but GET, HEAD and OPTIONS) must carry the owner's CSRF token in the {@code X-CSRF-Token}
 * header or the {@code csrf} form field.
 */
final class Guard {
  static final String HEADER = "X-CSRF-Token";
  static final String FIELD = "csrf";

  /** The methods that change something, each of which must carry the token. */
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  private final Access access;
  private final boolean loopback;
  private final long maxBytes;

  Guard(Setup setup) {
    this.access = setup.access();
    this.loopback = setup.loopback();
    this.maxBytes = setup.maxUploadBytes();
  }

  void check(Context ctx) {
    // The Host header itself: ctx.host() prefers X-Forwarded-Host, which a rebound page can set.
    if (loopback && !LOOPBACK_HOSTS.contains(hostName(ctx.header("Host")))) {
      throw new ForbiddenResponse("this Needle answers only to http://127.0.0.1 (or localhost)");
    }
    // Refused before the body is read, so an oversized upload costs nothing.
    if (ctx.contentLength() > maxBytes) {
      throw new UploadTooLarge(maxBytes);
    }
    if (changes(ctx.method()) && !tokenMatches(ctx)) {
      throw new ForbiddenResponse(
          "the form's security token is missing or out of date: reload the page and try again");
    }
    Texts.check(ctx.queryParamMap());
    if (isForm(ctx)) {
      Texts.check(ctx.formParamMap());
    }
  }

  private static boolean changes(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  /** A form sent as fields (not an upload, whose files the import route checks itself). */
  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private boolean tokenMatches(Context ctx) {
    String sent = ctx.header(HEADER);
    if (sent == null) {
      sent = ctx.formParam(FIELD);
    }
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            access.csrfToken(ctx).getBytes(StandardCharsets.UTF_8));
  }

  private static String hostName(String host) {
    if (host == null) {
      return "";
    }
    String lower = host.toLowerCase(Locale.ROOT);
    int colon = lower.lastIndexOf(':');
    boolean hasPort = colon > lower.lastIndexOf(']');
    return hasPort ? lower.substring(0, colon) : lower;
  }
}
