package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.Dupes;
import needle.people.PersonId;

/**
 * The duplicates page: people who are probably the same, why, and a button that merges them; and
 * the same suggestions as JSON under {@code /api/dupes}.
 */
final class DupesRoutes {
  /** How many suggestions the page shows at once; the API answers them all. */
  static final int SHOWN = 200;

  private final Requests requests;

  DupesRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/dupes", this::page);
    routes.post("/dupes/merge", this::merge);
    routes.get("/api/dupes", ctx -> ctx.json(Dupes.of(requests.scope(ctx))));
  }

  private void page(Context ctx) {
    List<Dupes.Row> rows = Dupes.of(requests.scope(ctx));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Duplicates", "dupes"));
    params.put("rows", rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows);
    params.put("total", rows.size());
    params.put("kept", Requests.optional(ctx.queryParam("kept")));
    params.put("keptId", Requests.optional(ctx.queryParam("keptId")));
    params.put("gone", Requests.optional(ctx.queryParam("gone")));
    Views.html(ctx, "dupes.jte", params);
  }

  /** Merges one suggestion, then shows the page again with what was done and a way back. */
  private void merge(Context ctx) {
    PersonId keep = id(ctx.formParam("keep"), "keep");
    PersonId gone = id(ctx.formParam("gone"), "gone");
    Dupes.Merged merged = Dupes.merge(requests.scope(ctx), keep, gone);
    PersonRoutes.redirect(
        ctx,
        "/dupes?kept="
            + encode(merged.kept().name())
            + "&keptId="
            + merged.kept().id()
            + "&gone="
            + encode(merged.gone()));
  }

  private static PersonId id(String text, String field) {
    try {
      return new PersonId(Long.parseLong(Requests.required(text, field, "12").trim()));
    } catch (NumberFormatException e) {
      throw new NeedleException(
          field + " \"" + text + "\" is not a person's id (expected a whole number, e.g. 12)");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
