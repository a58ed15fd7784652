package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.NeedleException;
import needle.app.Undo;

/**
 * The latest changes and undo, as a page ({@code /undo}) and in the API ({@code /api/undo}). A
 * page's undo link names the change it was shown for, so it never takes back a later one.
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
    PersonRoutes.redirect(ctx, "/undo?undone=" + undone.id());
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
