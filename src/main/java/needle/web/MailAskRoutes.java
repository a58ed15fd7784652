package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.MailAsks;
import needle.app.Scope;

/**
 * The asks found in imported mail and LinkedIn messages, waiting for review: a page that accepts or
 * dismisses them ({@code /asks/review}), and the same in the API ({@code /api/asks/review}). Each
 * decision is one change, which the page confirms with its undo button.
 */
final class MailAskRoutes {
  /** How many the page lists at once; Accept all takes every one, and the API lists them all. */
  static final int SHOWN = 200;

  static final String PATH = "/asks/review";

  private static final String ONE_ACTION =
      "the body gives one action (expected {\"accept\": [ids]}, {\"dismiss\": [ids]} or"
          + " {\"acceptAll\": true})";

  private final Requests requests;

  MailAskRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, this::page);
    routes.post(PATH, this::decide);
    routes.get("/api" + PATH, ctx -> ctx.json(MailAsks.waiting(requests.scope(ctx))));
    routes.post("/api" + PATH, this::apiDecide);
  }

  private void page(Context ctx) {
    Scope scope = requests.scope(ctx);
    List<MailAsks.Row> rows = MailAsks.waiting(scope);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Asks found in your mail", "asks"));
    params.put("done", UndoRoutes.done(ctx, scope));
    params.put("rows", rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows);
    params.put("total", rows.size());
    Views.html(ctx, "asksReview.jte", params);
  }

  /** The form's {@code action} on the ids ticked, then the page again with its confirmation. */
  private void decide(Context ctx) {
    String action = Requests.required(ctx.formParam("action"), "action", "accept");
    Scope scope = requests.scope(ctx);
    List<MailAsks.Row> decided =
        switch (action) {
          case "accept" -> MailAsks.accept(scope, ticked(ctx, "accept"));
          case "dismiss" -> MailAsks.dismiss(scope, ticked(ctx, "dismiss"));
          case "accept-all" -> MailAsks.acceptAll(scope);
          default ->
              throw new NeedleException(
                  "action \"" + action + "\" is not one of accept, dismiss or accept-all");
        };
    if (decided.isEmpty()) {
      // Accept all with none waiting (a second click) changed nothing: confirm no older change.
      PersonRoutes.redirect(ctx, PATH);
    } else {
      UndoRoutes.redirectDone(ctx, scope, PATH);
    }
  }

  private void apiDecide(Context ctx) {
    ApiBodies.Review body = WebJson.read(ctx.body(), ApiBodies.Review.class);
    int actions =
        (body.accept() == null ? 0 : 1)
            + (body.dismiss() == null ? 0 : 1)
            + (body.acceptAll() == null ? 0 : 1);
    if (actions != 1 || Boolean.FALSE.equals(body.acceptAll())) {
      throw new NeedleException(ONE_ACTION);
    }
    Scope scope = requests.scope(ctx);
    List<MailAsks.Row> decided =
        body.acceptAll() != null
            ? MailAsks.acceptAll(scope)
            : body.accept() != null
                ? MailAsks.accept(scope, ids(body.accept(), "accept"))
                : MailAsks.dismiss(scope, ids(body.dismiss(), "dismiss"));
    ctx.json(decided);
  }

  /** The ids a JSON body lists, none of them null. */
  private static List<Long> ids(List<Long> ids, String field) {
    if (ids.contains(null)) {
      throw new NeedleException(
          "\"" + field + "\" lists the ids of asks found in mail (expected e.g. [3, 4], no null)");
    }
    return ids;
  }

  /** The ids of the rows ticked on the page. */
  private static List<Long> ticked(Context ctx, String verb) {
    List<String> sent = ctx.formParams("id");
    if (sent.isEmpty()) {
      throw new NeedleException(
          "no asks were ticked: tick the ones to " + verb + ", then press the button again");
    }
    return sent.stream().map(MailAskRoutes::id).toList();
  }

  private static long id(String text) {
    if (!text.matches("\\d{1,18}")) {
      throw new NeedleException(
          "\""
              + text
              + "\" is not the id of an ask found in mail (expected a whole number, as the"
              + " review page lists them)");
    }
    return Long.parseLong(text);
  }
}
