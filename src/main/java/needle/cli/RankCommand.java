package needle.cli;

import java.time.LocalDate;
import needle.app.Numbers;
import needle.app.Ranking;
import needle.app.ScoreRow;
import needle.scoring.Score;
import needle.scoring.SortKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rank}: every relationship, best return on time first, with class, move and reasons. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = "Rank relationships by return on time invested (or --by strength|hours|balance).")
final class RankCommand extends LedgerCommand {
  @Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Mixin Listing listing = new Listing();

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
    Ranking.Page<Score> page = Ranking.rank(app.scope(), listing.query(app, date, by));
    if (json) {
      Json.print(out(), page.rows().stream().map(ScoreRow::of).toList());
    } else {
      print(page, date);
    }
    return 0;
  }

  private void print(Ranking.Page<Score> page, LocalDate date) {
    if (page.total() == 0) {
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
    for (Score s : page.rows()) {
      table.row(
          s.person().name(),
          s.person().level().rank(),
          Numbers.one(s.hours()),
          Numbers.one(s.given()),
          Numbers.one(s.received()),
          Numbers.two(s.roi()),
          Numbers.share(s.balance()),
          Numbers.percent(s.openness()),
          s.strength(),
          s.relationshipClass().label()
              + (s.direction() == null ? "" : " (" + s.direction().label() + ")"),
          s.action().label(),
          s.reasons().get(0));
    }
    out().println("Ranked by " + by.label() + " as of " + date + ":");
    if (app.terminal()) {
      table.fit(app.columns());
    }
    if (table.isEmpty()) {
      out().println("No one matches (of " + page.total() + " people).");
    } else {
      table.print(out());
    }
    if (page.hasMore()) {
      out().println(Listing.more(page.rows().size(), page.matched()));
    }
    out().flush();
  }
}
