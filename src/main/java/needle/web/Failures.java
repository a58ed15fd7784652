package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.NeedleException;
import needle.app.NotFound;
import needle.storage.StorageException;

/**
 * The one place where exceptions become responses: JSON {@code {"status", "message"}} for the API,
 * a message in the page's alert area for htmx, else an error page. Nothing is logged: messages may
 * name people.
 */
final class Failures {
  private Failures() {}

  static void register(RoutesConfig routes, long maxUploadBytes) {
    routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
    routes.exception(UploadTooLarge.class, (e, ctx) -> respond(ctx, 413, e.getMessage()));
    routes.exception(StorageException.class, (e, ctx) -> respond(ctx, 500, e.getMessage()));
    routes.exception(NeedleException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
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
    routes.exception(
        Exception.class,
        (e, ctx) -> respond(ctx, 500, "internal error (please report it; nothing was changed)"));
  }

  static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("message", message);
      ctx.contentType("application/json").result(WebJson.write(body));
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
