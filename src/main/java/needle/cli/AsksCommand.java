package needle.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import needle.app.AskList;
import needle.app.AskRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asks}: every ask, or the open ones by age with their follow-up dates. */
@Command(
    name = "asks",
    mixinStandardHelpOptions = true,
    description = "List asks, newest first; --open lists open ones, oldest first.")
final class AsksCommand extends LedgerCommand {
  @Option(names = "--open", description = "Only open asks, oldest first, with follow-up dates.")
  boolean open;

  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  AsksCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    LocalDate date = asOf.orToday(app);
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
}
