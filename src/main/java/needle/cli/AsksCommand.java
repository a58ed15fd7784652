package needle.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import needle.app.AskList;
import needle.app.AskRow;
import needle.app.AskStats;
import needle.app.MailAsks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asks}: every ask, or the open ones by age with their follow-up dates, or with {@code
 * --stats} the share of asks answered by the coach's verdict and findings.
 */
@Command(
    name = "asks",
    mixinStandardHelpOptions = true,
    subcommands = {AsksCommand.Review.class},
    description = {
      "List asks, newest first; --open lists open ones, oldest first.",
      "--stats shows what works for you: the share of your asks answered (granted, declined or answered),"
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

  /**
   * {@code asks review}: the asks found in imported mail and LinkedIn messages, to accept (each
   * becomes one of my asks, and counts for openness) or dismiss.
   */
  @Command(
      name = "review",
      mixinStandardHelpOptions = true,
      description = {
        "List the asks found in imported mail and LinkedIn messages, with what became of each"
            + " (answered within "
            + MailAsks.ANSWER_DAYS
            + " days, ignored, or open); accept or dismiss them by id.",
        "Only accepted asks count for openness. needle undo takes an accept or a dismiss back."
      })
  static final class Review extends LedgerCommand {
    @Option(
        names = "--accept",
        arity = "1..*",
        paramLabel = "ID",
        description = "Accept these asks: each becomes one of your asks.")
    List<Long> accept = new ArrayList<>();

    @Option(
        names = "--dismiss",
        arity = "1..*",
        paramLabel = "ID",
        description = "Dismiss these asks: they are not suggested again.")
    List<Long> dismiss = new ArrayList<>();

    @Option(names = "--accept-all", description = "Accept every ask waiting for review.")
    boolean acceptAll;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    Review(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      int chosen = (accept.isEmpty() ? 0 : 1) + (dismiss.isEmpty() ? 0 : 1) + (acceptAll ? 1 : 0);
      if (chosen > 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "give one of --accept ID…, --dismiss ID… or --accept-all, not several");
      }
      if (chosen == 1) {
        return decided();
      }
      List<MailAsks.Row> rows = MailAsks.waiting(app.scope());
      if (json) {
        Json.print(out(), rows);
        return 0;
      }
      if (rows.isEmpty()) {
        out()
            .println(
                "No asks found in mail wait for review (import mail with: needle import mbox"
                    + " FILE).");
        return 0;
      }
      Table table = new Table(">ID", "DATE", "PERSON", "OUTCOME", "ASK");
      rows.forEach(r -> table.row(r.id(), r.on(), r.person(), r.outcome(), r.text()));
      if (app.terminal()) {
        table.fit(app.columns());
      }
      table.print(out());
      out()
          .println(
              rows.size()
                  + (rows.size() == 1 ? " ask waits" : " asks wait")
                  + " for review: accept with  needle asks review --accept ID…  (or"
                  + " --accept-all), dismiss with  --dismiss ID…");
      return 0;
    }

    private int decided() {
      boolean accepting = dismiss.isEmpty();
      List<MailAsks.Row> rows =
          acceptAll
              ? MailAsks.acceptAll(app.scope())
              : accepting
                  ? MailAsks.accept(app.scope(), accept)
                  : MailAsks.dismiss(app.scope(), dismiss);
      if (json) {
        Json.print(out(), rows);
        return 0;
      }
      String asks = rows.size() == 1 ? "1 ask" : rows.size() + " asks";
      out()
          .println(
              accepting
                  ? "Accepted "
                      + asks
                      + " found in mail: they are your asks now, and count for"
                      + " openness. (needle undo takes it back)"
                  : "Dismissed " + asks + " found in mail. (needle undo takes it back)");
      return 0;
    }
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
        "Of your %d asks with an outcome, %d were answered (granted, declined or answered by mail): %s.",
        stats.asks(),
        stats.answered(),
        share);
  }
}
