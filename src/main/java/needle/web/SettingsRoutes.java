package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings page: every scoring setting, its value in force and its default, read-only. */
final class SettingsRoutes {
  private final Requests requests;

  SettingsRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/settings", this::page);
  }

  private void page(Context ctx) {
    ScoringConfig scoring = requests.setup().scoring();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Settings", "settings"));
    params.put("me", needle.app.Me.show(requests.scope(ctx)));
    params.put("rows", SettingRow.all(scoring.overrides()));
    params.put("overrideFile", scoring.overrideFile());
    Views.html(ctx, "settings.jte", params);
  }
}
