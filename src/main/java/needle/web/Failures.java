package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.NeedleException;
import needle.app.Checks;
import needle.app.NotFound;
import needle.storage.StorageException;

/**
 * The one place where exceptions become responses: JSON {@code {"error": sentence}} for the API, a
 * message in the page's alert area for htmx, else an error page. A mistake in the request is
 * answered with what to fix. A fault (the database failing, a bug) is answered with one sentence
 * and an error id, never with its own message, which may hold file paths, SQL, host names or ids;
 * the server's log holds the id with the stack trace.
 */
final class Failures {
  private static final System.Logger LOG = System.getLogger("needle.web");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Failures() {}

  static void register(RoutesConfig routes, long maxUploadBytes) {
    routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, e.onTheWeb()));
    routes.exception(UploadTooLarge.class, (e, ctx) -> respond(ctx, 413, e.getMessage()));
    routes.exception(StorageException.class, (e, ctx) -> fault(ctx, e));
    routes.exception(Checks.Unusual.class, (e, ctx) -> confirm(ctx, e));
    routes.exception(NeedleException.class, (e, ctx) -> respond(ctx, 400, e.onTheWeb()));
    // Jetty's multipart parser fails this way on a body cut short or over the limit.
    routes.exception(
        ServletException.class,
        (e, ctx) ->
            respond(
                ctx,
                400,
                "the form could not be read: an upload may be larger than "
                    + UploadTooLarge.size(maxUploadBytes)
                    + ", or the request was cut short"));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e)));
    routes.exception(Exception.class, (e, ctx) -> fault(ctx, e));
  }

  /**
   * An unusual date: the API is told how to keep it; a form is answered with the same form's fields
   * and a button that sends them again, confirmed.
   */
  private static void confirm(Context ctx, Checks.Unusual e) {
    if (wantsJson(ctx)) {
      respond(ctx, 400, e.getMessage() + " (send \"force\": true to keep it)");
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    ctx.formParamMap().forEach((name, values) -> fields.put(name, values.get(0)));
    fields.put("force", "yes");
    ctx.status(400);
    if (Requests.isHtmx(ctx)) {
      ctx.header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML");
    }
    Views.html(
        ctx,
        "fragments/confirm.jte",
        Map.of("message", e.getMessage(), "action", ctx.path(), "fields", fields));
  }

  /** Logs {@code e} under a new error id, and answers with the id alone. */
  static void fault(Context ctx, Exception e) {
    String id = errorId();
    LOG.log(System.Logger.Level.ERROR, "error " + id + " on " + ctx.method() + " " + ctx.path(), e);
    respond(
        ctx,
        500,
        "Something went wrong on the server and nothing was changed; if it happens again, report"
            + " error "
            + id
            + " to whoever runs this Needle.");
  }

  private static String errorId() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      ctx.contentType("application/json").result(WebJson.write(Map.of("error", message)));
    } else if (Requests.isHtmx(ctx)) {
      ctx.header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML");
      Views.html(ctx, "fragments/alert.jte", Map.of("message", message));
    } else {
      Views.html(
          ctx,
          "error.jte",
          Map.of(
              "page", new Page("Error " + status, "", ""), "status", status, "message", message));
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return ctx.path().startsWith("/api/")
        || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
  }

  private static String message(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "there is no page at this address";
      case 405 -> "this address does not accept that method (changes are made with POST)";
      default -> e.getMessage();
    };
  }
}
