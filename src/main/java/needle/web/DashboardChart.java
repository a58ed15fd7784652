package needle.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.app.Scored;
import needle.people.Person;
import needle.scoring.Figures;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * The dashboard chart's bubbles: everyone with time or value, up to {@link #PLOTTED} with the most
 * hours invested, and how many are left out and why. The bubbles are JSON bytes, written once per
 * scored ledger and served as they are by their own route, so the page itself stays small; the
 * bytes are shared and must not be changed.
 */
record DashboardChart(byte[] json, int withoutHistory, int notPlotted) {
  /** Beyond this many bubbles a chart is a blot and its data a megabyte. */
  static final int PLOTTED = 1_000;

  /** The chart of a scored ledger, worked out once and kept with it. */
  static DashboardChart of(Scored scored) {
    return scored.derived(DashboardChart.class, () -> make(scored));
  }

  private static DashboardChart make(Scored scored) {
    List<Score> withHistory =
        scored.sorted(SortKey.HOURS).stream().filter(DashboardChart::hasHistory).toList();
    List<Score> plotted = withHistory.stream().limit(PLOTTED).toList();
    // Escaped as for a page, so that no name can close an element even if the data is embedded.
    String json = WebJson.forPage(plotted.stream().map(DashboardChart::point).toList());
    return new DashboardChart(
        json.getBytes(StandardCharsets.UTF_8),
        scored.scores().size() - withHistory.size(),
        withHistory.size() - plotted.size());
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
