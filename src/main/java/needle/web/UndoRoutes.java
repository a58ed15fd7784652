package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.Scope;
import needle.app.Undo;

/**
 * The latest changes and undo, as a page ({@code /undo}) and in the API ({@code /api/undo}). A
 * page's undo link names the change it was shown for, so it never takes back a later one. A page
 * that made a change redirects with {@code ?done=ID}; {@link #done} turns that into the
 * confirmation with its undo button, read from the journal, so that no flash needs a session.
 */
final class UndoRoutes {
  private final Requests requests;

  UndoRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/undo", this::page);
    routes.post("/undo", this::undo);
    routes.get("/api/undo", ctx -> ctx.json(Undo.list(requests.scope(ctx), Undo.LISTED)));
    routes.post("/api/undo", this::apiUndo);
  }

  private void page(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Changes", "changes"));
    params.put("changes", Undo.list(requests.scope(ctx), Undo.LISTED));
    params.put("undone", undone(ctx.queryParam("undone")));
    params.put("back", back(ctx.queryParam("back")));
    Views.html(ctx, "changes.jte", params);
  }

  /** Takes back the change the form names (the latest, when it names none). */
  private void undo(Context ctx) {
    String step = Requests.optional(ctx.formParam("step"));
    Undo.Change undone =
        step == null
            ? Undo.undo(requests.scope(ctx))
                .orElseThrow(() -> new NeedleException("there is nothing to undo"))
            : Undo.undo(requests.scope(ctx), id(step));
    String back = back(ctx.formParam("back"));
    PersonRoutes.redirect(
        ctx,
        "/undo?undone="
            + undone.id()
            + (back == null ? "" : "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
  }

  private void apiUndo(Context ctx) {
    Long step =
        ctx.body().isBlank() ? null : WebJson.read(ctx.body(), ApiBodies.UndoStep.class).step();
    Undo.Change undone =
        step == null
            ? Undo.undo(requests.scope(ctx))
                .orElseThrow(() -> new NeedleException("there is nothing to undo"))
            : Undo.undo(requests.scope(ctx), step);
    ctx.status(HttpStatus.OK).json(undone);
  }

  /** The change {@code ?done=} names, if the journal still holds it; else null. */
  static Done done(Context ctx, Scope scope) {
    String text = ctx.queryParam("done");
    if (text == null || !text.matches("\\d{1,18}")) {
      return null;
    }
    long id = Long.parseLong(text);
    List<Undo.Change> latest = Undo.list(scope, Undo.LISTED);
    return latest.stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .map(c -> new Done(c, latest.get(0).id() == id, ctx.path()))
        .orElse(null);
  }

  /** Sends the browser to {@code path} with the confirmation of the change just made. */
  static void redirectDone(Context ctx, Scope scope, String path) {
    String done = Undo.latest(scope).map(c -> "done=" + c.id()).orElse("");
    PersonRoutes.redirect(
        ctx, path + (done.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + done));
  }

  /** A page of this app to go back to, never another site's address. */
  static String back(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      return null;
    }
    return path;
  }

  private static Long undone(String value) {
    return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
  }

  private static long id(String value) {
    if (!value.matches("\\d{1,18}")) {
      throw new NeedleException(
          "the change to undo is named by its number (see the list of changes)");
    }
    return Long.parseLong(value);
  }
}
