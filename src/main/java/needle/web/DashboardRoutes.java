package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.app.Moves;
import needle.app.Ranking;
import needle.app.ReadModel;
import needle.app.Scope;
import needle.app.Scored;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * The dashboard: a page of the ranked table with search and filters, the ROI-versus-hours chart of
 * everyone with history, and today's moves.
 */
final class DashboardRoutes {
  /** Rows per page of the table. */
  static final int PAGE_SIZE = 50;

  /** Where the page's script fetches the chart's bubbles, as of the date in {@code asOf}. */
  static final String CHART = "/dashboard/chart";

  private final Requests requests;

  DashboardRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::dashboard);
    routes.get(CHART, this::chart);
  }

  /**
   * The page, or with htmx the table alone; the same query on the same scored ledger is sent as it
   * was rendered the first time.
   */
  private void dashboard(Context ctx) {
    Scope scope = requests.scope(ctx);
    Ranking.Query query = query(ctx);
    Scored scored = ReadModel.scored(scope, query.asOf());
    Page page = Requests.isHtmx(ctx) ? null : requests.page(ctx, "Dashboard", "dashboard");
    Done done = page == null ? null : UndoRoutes.done(ctx, scope);
    View view = new View(page, query, withoutDone(ctx.queryString()), done);
    Views.html(ctx, Rendered.of(scored).page(view, () -> render(scored, scope, view)));
  }

  /** What a dashboard shows besides its scored ledger; without a page it is the table alone. */
  private record View(Page page, Ranking.Query query, String queryString, Done done) {}

  /** The address's query without the confirmation's {@code done=}, for the paging links. */
  private static String withoutDone(String query) {
    return query == null ? null : query.replaceAll("(^|&)done=\\d+", "").replaceFirst("^&", "");
  }

  private static String render(Scored scored, Scope scope, View view) {
    Ranking.Page<Score> ranked = Ranking.rank(scored, view.query());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("rows", ranked.rows().stream().map(RankRow::of).toList());
    params.put("listing", Listing.of(ranked, view.queryString()));
    if (view.page() == null) {
      return Views.render("fragments/rankTable.jte", params);
    }
    DashboardChart chart = DashboardChart.of(scored);
    params.put("page", view.page());
    params.put("done", view.done());
    params.put("moves", Moves.of(scored, scope));
    params.put("chartData", CHART + "?asOf=" + view.query().asOf());
    params.put("withoutHistory", chart.withoutHistory());
    params.put("notPlotted", chart.notPlotted());
    return Views.render("dashboard.jte", params);
  }

  /** The chart's bubbles as JSON, the same bytes for every request on one scored ledger. */
  private void chart(Context ctx) {
    Scored scored = ReadModel.scored(requests.scope(ctx), requests.asOf(ctx));
    ctx.contentType(ContentType.APPLICATION_JSON).result(DashboardChart.of(scored).json());
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
}
