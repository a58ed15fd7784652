package needle.cli;

import needle.app.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entry delete ID}: one time entry, value event or ask, by the id listings show. */
@Command(
    name = "entry",
    mixinStandardHelpOptions = true,
    description = "Delete a time entry, value event or ask by its id.",
    subcommands = {EntryCommand.Delete.class})
final class EntryCommand implements Runnable {
  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description =
          "Delete the entry with this id (see the ids with: needle person show NAME, or needle"
              + " asks).")
  static final class Delete extends LedgerCommand {
    @Parameters(paramLabel = "ID", description = "The entry's id.")
    long id;

    Delete(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Journal.Deleted gone = Journal.deleteEntry(app.scope(), id);
      out().println("Deleted " + gone.line() + ". (needle undo takes it back)");
      return 0;
    }
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
