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
    Scored scored = ReadModel.scored(scope, query.asOf());
    Ranking.Page<Score> page = Ranking.rank(scored, query);
    Chart chart = scored.derived(Chart.class, () -> Chart.of(scored));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Dashboard", "dashboard"));
    params.put("rows", page.rows().stream().map(RankRow::of).toList());
    params.put("listing", Listing.of(page, ctx.queryString()));
    params.put("moves", Moves.of(scored, scope.policy()));
    params.put("chart", chart.json());
    params.put("withoutHistory", chart.withoutHistory());
    params.put("notPlotted", chart.notPlotted());
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

  /**
   * The chart's bubbles, as JSON safe to embed: everyone with time or value, up to {@link #PLOTTED}
   * with the most hours invested, and how many are left out and why.
   */
  record Chart(String json, int withoutHistory, int notPlotted) {
    /** Beyond this many bubbles a chart is a blot and the page a megabyte. */
    static final int PLOTTED = 1_000;

    static Chart of(Scored scored) {
      List<Score> withHistory =
          scored.sorted(SortKey.HOURS).stream().filter(DashboardRoutes::hasHistory).toList();
      List<Score> plotted = withHistory.stream().limit(PLOTTED).toList();
      return new Chart(
          WebJson.forPage(plotted.stream().map(DashboardRoutes::point).toList()),
          scored.scores().size() - withHistory.size(),
          withHistory.size() - plotted.size());
    }
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
