package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.Scope;
import needle.app.Undo;

/**
 * The latest changes (GET /undo) and taking the latest back (POST /undo). A page that made a change
 * redirects with {@code ?done=ID}; {@link #done} turns that into the confirmation with its undo
 * button, read from the journal, so that no flash needs a session.
 */
final class UndoRoutes {
  private final Requests requests;

  UndoRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/undo", ctx -> page(ctx, null));
    routes.post("/undo", this::undo);
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

  private void undo(Context ctx) {
    String change = Requests.optional(ctx.formParam("change"));
    Scope scope = requests.scope(ctx);
    Undo.Change undone;
    if (change == null) {
      undone =
          Undo.undo(scope)
              .orElseThrow(() -> new NeedleException("there is nothing to undo in this ledger"));
    } else if (change.matches("\\d{1,18}")) {
      undone = Undo.undo(scope, Long.parseLong(change));
    } else {
      throw new NeedleException("that is not a change's id: pick the change from the list");
    }
    page(ctx, undone);
  }

  private void page(Context ctx, Undo.Change undone) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Changes", ""));
    params.put("changes", Undo.list(requests.scope(ctx), Undo.LISTED));
    params.put("undone", undone);
    params.put("back", back(ctx.formParam("back")));
    Views.html(ctx, "undo.jte", params);
  }

  /** A page of this app to go back to, never another site's address. */
  static String back(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      return null;
    }
    return path;
  }
}
