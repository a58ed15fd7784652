package needle.cli;

import java.util.List;
import needle.app.Dupes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dupes}: people who are probably the same, with the evidence and the merge that joins them.
 */
@Command(
    name = "dupes",
    mixinStandardHelpOptions = true,
    description =
        "List people who are probably the same person, why, and the person merge that joins"
            + " them (it keeps the first name given).")
final class DupesCommand extends LedgerCommand {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  DupesCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    List<Dupes.Row> rows = Dupes.of(app.scope());
    if (json) {
      Json.print(out(), rows);
      return 0;
    }
    if (rows.isEmpty()) {
      out().println("No likely duplicates.");
    }
    for (Dupes.Row row : rows) {
      out().println(row.keep() + "  =  " + row.gone());
      out().println("  " + row.reason());
      out().println("  " + row.merge());
    }
    if (!rows.isEmpty()) {
      out()
          .println(
              rows.size()
                  + (rows.size() == 1 ? " suggestion" : " suggestions")
                  + "; each merge keeps the first name and folds the second into it.");
    }
    out().flush();
    return 0;
  }
}
