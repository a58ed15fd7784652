package needle.cli;

import java.time.LocalDate;
import needle.app.Ranking;
import needle.scoring.SortKey;
import picocli.CommandLine.Option;

/** The options listings share at scale: how many rows, and which. */
final class Listing {
  /** On a terminal, a listing shows this many rows unless {@code --limit} says otherwise. */
  static final int SCREENFUL = 50;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N rows (default: all on a pipe, " + SCREENFUL + " on a terminal).")
  Integer limit;

  @Option(names = "--class", paramLabel = "C", description = "Only this class, e.g. strong.")
  String relationshipClass;

  @Option(names = "--action", paramLabel = "A", description = "Only this next move, e.g. give.")
  String action;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Only people whose name, company, title or e-mail contains TEXT.")
  String search;

  /** The number of rows to show: --limit, else a screenful on a terminal, else all (0). */
  int rows(App app) {
    if (limit != null) {
      return Math.max(0, limit);
    }
    return app.terminal() ? SCREENFUL : 0;
  }

  /** The query these options ask for, as of {@code asOf}, sorted by {@code by}. */
  Ranking.Query query(App app, LocalDate asOf, SortKey by) {
    return new Ranking.Query(asOf, by, relationshipClass, action, null, null, search, 0, rows(app));
  }

  /** The line under a cut listing that says how many more there are and how to see them. */
  static String more(int shown, int matched) {
    return "… and "
        + (matched - shown)
        + " more (of "
        + matched
        + "): use --limit N, --search TEXT, --class C or --action A";
  }
}
