package needle.cli;

import java.util.List;
import java.util.Optional;
import needle.app.Undo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code undo [--list]}: takes back the latest change, or lists the latest 20. */
@Command(
    name = "undo",
    mixinStandardHelpOptions = true,
    description =
        "Take back the latest change (a log, an edit, a merge, a delete, a whole import);"
            + " --list shows the last 20.")
final class UndoCommand extends LedgerCommand {
  @Option(names = "--list", description = "List the latest changes, newest first; change nothing.")
  boolean list;

  @Option(names = "--json", description = "Print JSON (with --list).")
  boolean json;

  UndoCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    if (list) {
      return list(Undo.list(app.scope(), Undo.LISTED));
    }
    Optional<Undo.Change> undone = Undo.undo(app.scope());
    out()
        .println(
            undone
                .map(c -> "Undid change " + c.id() + ": " + c.change() + ".")
                .orElse("Nothing to undo."));
    return 0;
  }

  private int list(List<Undo.Change> changes) {
    if (json) {
      Json.print(out(), changes);
      return 0;
    }
    if (changes.isEmpty()) {
      out().println("No changes to undo.");
      return 0;
    }
    Table table = new Table(">ID", "WHEN", "CHANGE");
    changes.forEach(c -> table.row(c.id(), c.at(), c.change()));
    if (app.terminal()) {
      table.fit(app.columns());
    }
    table.print(out());
    out().println("needle undo takes back the first of these.");
    return 0;
  }
}
