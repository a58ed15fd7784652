package needle.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import needle.app.AskList;
import needle.app.AskRow;
import needle.app.AskStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asks}: every ask, or the open ones by age with their follow-up dates, or with {@code
 * --stats} the share of asks answered by the coach's verdict and findings.
 */
@Command(
    name = "asks",
    mixinStandardHelpOptions = true,
    description = {
      "List asks, newest first; --open lists open ones, oldest first.",
      "--stats shows what works for you: the share of your asks answered (granted or declined),"
          + " by the coach's verdict on each ask's text and by each of its findings."
    })
final class AsksCommand extends LedgerCommand {
  @Option(names = "--open", description = "Only open asks, oldest first, with follow-up dates.")
  boolean open;

  @Option(
      names = "--stats",
      description = "The share of your asks answered, by the coach's verdict and by finding.")
  boolean stats;

  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  AsksCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    LocalDate date = asOf.orToday(app);
    if (stats) {
      return stats(AskStats.asOf(app.scope(), date));
    }
    List<AskRow> rows = new ArrayList<>(AskList.asOf(app.scope(), date, open));
    if (!open) {
      Collections.reverse(rows);
    }
    if (json) {
      Json.print(out(), rows);
      return 0;
    }
    Table table =
        new Table(">ID", "DATE", "PERSON", "WHO ASKED", "OUTCOME", ">AGE", "FOLLOW UP", "ASK");
    for (AskRow r : rows) {
      String due = r.followUp() == null ? "-" : r.followUp() + (r.due() ? " (due)" : "");
      table.row(
          r.id(),
          r.date(),
          r.person(),
          r.mine() ? "me" : "they",
          r.outcome(),
          r.ageDays() + "d",
          due,
          r.text());
    }
    if (app.terminal()) {
      table.fit(app.columns());
    }
    if (table.isEmpty()) {
      out()
          .println(
              open ? "No open asks." : "No asks yet: record one with  needle ask NAME --for TEXT");
    } else {
      table.print(out());
    }
    return 0;
  }

  private int stats(AskStats stats) {
    if (json) {
      Json.print(out(), stats);
      return 0;
    }
    out().println(headline(stats));
    if (stats.asks() == 0) {
      return 0;
    }
    out().println();
    out().println("By the coach's verdict on the ask's text:");
    for (AskStats.Share share : stats.verdicts()) {
      out().printf("  %-6s %s%n", share.group(), share.text());
    }
    out().println();
    out().printf("By finding (a share needs at least %d asks on each side):%n", stats.minimum());
    stats.findings().forEach(split -> out().println("  " + split.sentence()));
    return 0;
  }

  private static String headline(AskStats stats) {
    if (stats.asks() == 0) {
      return "No asks of yours with an outcome yet: resolve one with  needle ask resolve ID"
          + " granted|declined|ignored  (open asks count as ignored after the follow-up days).";
    }
    String share =
        stats
            .rate()
            .map(r -> Math.round(r * 100) + "%")
            .orElse(AskStats.TOO_FEW + " (fewer than " + stats.minimum() + ")");
    return String.format(
        Locale.ROOT,
        "Of your %d asks with an outcome, %d were answered (granted or declined): %s.",
        stats.asks(),
        stats.answered(),
        share);
  }
}
