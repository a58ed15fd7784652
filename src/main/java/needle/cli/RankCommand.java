package needle.cli;

import java.time.LocalDate;
import java.util.List;
import needle.scoring.Figures;
import needle.scoring.Score;
import needle.scoring.SortKey;
import needle.storage.LedgerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rank}: every relationship, best return on time first, with class, move and reasons. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = "Rank relationships by return on time invested (or --by strength|hours|balance).")
final class RankCommand extends LedgerCommand {
  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(
      names = "--by",
      converter = Converters.SortKeyConverter.class,
      description = "roi (default), strength, hours or balance.")
  SortKey by = SortKey.ROI;

  @Option(names = "--json", description = "Print JSON: one object per person.")
  boolean json;

  RankCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    LocalDate date = asOf.orToday(app);
    List<Score> scores = app.scorer().rank(read(LedgerSession::histories), date, by);
    if (json) {
      Json.print(out(), scores.stream().map(Figures::row).toList());
    } else {
      print(scores, date);
    }
    return 0;
  }

  private void print(List<Score> scores, LocalDate date) {
    if (scores.isEmpty()) {
      out()
          .println(
              "The ledger is empty: try  needle demo  to see a sample, or  needle person add \"NAME\"");
      return;
    }
    Table table =
        new Table(
            "NAME",
            ">LVL",
            ">HOURS",
            ">GIVEN",
            ">RECEIVED",
            ">ROI",
            ">BAL",
            ">OPEN",
            ">STR",
            "CLASS",
            "MOVE",
            "WHY");
    for (Score s : scores) {
      table.row(
          s.person().name(),
          s.person().level().rank(),
          Format.one(s.hours()),
          Format.one(s.given()),
          Format.one(s.received()),
          Format.two(s.roi()),
          Format.share(s.balance()),
          Format.percent(s.openness()),
          s.strength(),
          s.relationshipClass().label()
              + (s.direction() == null ? "" : " (" + s.direction().label() + ")"),
          s.action().label(),
          s.reasons().get(0));
    }
    out().println("Ranked by " + by.label() + " as of " + date + ":");
    table.print(out());
  }
}
