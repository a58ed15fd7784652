package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import needle.people.Person;
import needle.scoring.Figures;
import needle.scoring.History;
import needle.scoring.Move;
import needle.scoring.Score;
import needle.scoring.SortKey;
import needle.scoring.Today;

/** The dashboard: the ranked table, the ROI-versus-hours chart and today's moves, in one page. */
final class DashboardRoutes {
  private final Requests requests;

  DashboardRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::dashboard);
  }

  private void dashboard(Context ctx) {
    LocalDate asOf = requests.asOf(ctx);
    SortKey by = SortKey.parse(ctx.queryParamAsClass("by", String.class).getOrDefault("roi"));
    List<History> histories = requests.ledger(ctx).read(s -> s.histories());
    List<Score> scores = requests.scorer().rank(histories, asOf, by);
    Map<String, Long> ids =
        histories.stream()
            .map(History::person)
            .collect(
                Collectors.toMap(
                    p -> p.name(), p -> p.id().value(), (a, b) -> a, LinkedHashMap::new));
    List<MoveRow> moves =
        new Today(requests.scorer()).moves(histories, asOf).stream().map(m -> row(m, ids)).toList();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Dashboard", "dashboard"));
    params.put("rows", scores.stream().map(RankRow::of).toList());
    params.put("moves", moves);
    params.put("chart", WebJson.forPage(scores.stream().map(DashboardRoutes::point).toList()));
    params.put("asOf", asOf.toString());
    params.put("by", by.label());
    Views.html(ctx, "dashboard.jte", params);
  }

  private static MoveRow row(Move m, Map<String, Long> ids) {
    return new MoveRow(m.move(), m.name(), ids.get(m.name()), m.why(), m.askId());
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
