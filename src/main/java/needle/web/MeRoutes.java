package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import needle.app.Me;

/**
 * Who the owner is, on the settings page's forms and under {@code /api/me}: each calls the {@code
 * me} use case and shows who the owner is now.
 */
final class MeRoutes {
  private final Requests requests;

  MeRoutes(Requests requests) {
    this.requests = requests;
  }

  /** A body that names an address: {@code {"address": "ada@example.org"}}. */
  record Address(String address) {}

  /** A body that names the owner: {@code {"name": "Ada Lovelace"}}. */
  record Name(String name) {}

  void register(RoutesConfig routes) {
    routes.post("/settings/me/name", ctx -> page(ctx, Me.name(scope(ctx), form(ctx, "name"))));
    routes.post("/settings/me/add", ctx -> page(ctx, Me.add(scope(ctx), form(ctx, "address"))));
    routes.post(
        "/settings/me/remove", ctx -> page(ctx, Me.remove(scope(ctx), form(ctx, "address"))));
    routes.get("/api/me", ctx -> ctx.json(Me.show(scope(ctx))));
    routes.put(
        "/api/me/name",
        ctx -> ctx.json(Me.name(scope(ctx), WebJson.read(ctx.body(), Name.class).name())));
    routes.post(
        "/api/me/addresses",
        ctx -> {
          ctx.status(HttpStatus.CREATED);
          ctx.json(Me.add(scope(ctx), WebJson.read(ctx.body(), Address.class).address()));
        });
    routes.delete(
        "/api/me/addresses/{address}",
        ctx -> ctx.json(Me.remove(scope(ctx), ctx.pathParam("address"))));
  }

  private needle.app.Scope scope(Context ctx) {
    return requests.scope(ctx);
  }

  private static String form(Context ctx, String field) {
    String example = field.equals("name") ? "Ada Lovelace" : "ada@example.org";
    return Requests.required(ctx.formParam(field), "your " + field, example);
  }

  /** Back to the settings page, which shows who the owner is now and who in the ledger is them. */
  private static void page(Context ctx, Me.Change change) {
    PersonRoutes.redirect(ctx, "/settings#me");
  }
}
