package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.app.Moves;
import needle.app.Ranking;
import needle.app.ReadModel;
import needle.app.Scope;
import needle.app.Scored;
import needle.people.Person;
import needle.scoring.Figures;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * The dashboard: a page of the ranked table with search and filters, the ROI-versus-hours chart of
 * everyone with history, and today's moves.
 */
final class DashboardRoutes {
  /** Rows per page of the table. */
  static final int PAGE_SIZE = 50;

  private final Requests requests;

  DashboardRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::dashboard);
  }

  private void dashboard(Context ctx) {
    Scope scope = requests.scope(ctx);
    Ranking.Query query = query(ctx);
    Ranking.Page<Score> page = Ranking.rank(scope, query);
    Scored scored = ReadModel.scored(scope, query.asOf());
    List<Score> charted = scored.scores().stream().filter(DashboardRoutes::hasHistory).toList();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Dashboard", "dashboard"));
    params.put("rows", page.rows().stream().map(RankRow::of).toList());
    params.put("listing", Listing.of(page, ctx.queryString()));
    params.put("moves", Moves.of(scope, query.asOf()));
    params.put("chart", WebJson.forPage(charted.stream().map(DashboardRoutes::point).toList()));
    params.put("withoutHistory", scored.scores().size() - charted.size());
    Views.html(ctx, Requests.isHtmx(ctx) ? "fragments/rankTable.jte" : "dashboard.jte", params);
  }

  /** The table's query from the address: sort, date, filters and page, all optional. */
  private Ranking.Query query(Context ctx) {
    String by = ctx.queryParam("by");
    int pageNumber = Listing.pageNumber(ctx.queryParam("page"));
    return new Ranking.Query(
        requests.asOf(ctx),
        by == null || by.isBlank() ? SortKey.ROI : SortKey.parse(by),
        ctx.queryParam("class"),
        ctx.queryParam("action"),
        ctx.queryParam("company"),
        ctx.queryParam("tag"),
        ctx.queryParam("q"),
        (pageNumber - 1) * PAGE_SIZE,
        PAGE_SIZE);
  }

  /** Whether there is anything to plot: time spent or value either way. */
  private static boolean hasHistory(Score s) {
    return s.hours() > 0 || s.given() > 0 || s.received() > 0;
  }

  /** One bubble: x hours, y ROI, size from level, colour from class, a link to the person. */
  private static Map<String, Object> point(Score s) {
    Person p = s.person();
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("name", p.name());
    point.put("hours", Figures.round(s.hours()));
    point.put("roi", Figures.round(s.roi()));
    point.put("level", p.level().rank());
    point.put("cls", s.relationshipClass().label());
    point.put("url", "/people/" + p.id().value());
    return point;
  }
}
