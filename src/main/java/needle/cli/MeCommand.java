package needle.cli;

import java.io.PrintWriter;
import java.util.List;
import needle.app.Me;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code me [add EMAIL | remove EMAIL | name NAME]}: who the ledger's owner is. */
@Command(
    name = "me",
    mixinStandardHelpOptions = true,
    description =
        "Show who you are: your name and the addresses imports take for yours (you are never"
            + " ranked in your own ledger).",
    subcommands = {MeCommand.Add.class, MeCommand.Remove.class, MeCommand.Name.class})
final class MeCommand extends LedgerCommand {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  MeCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    Me.View me = Me.show(app.scope());
    if (json) {
      Json.print(out(), me);
    } else {
      show(out(), me);
    }
    return 0;
  }

  static void show(PrintWriter out, Me.View me) {
    out.println(
        "Name:     " + (me.name() == null ? "- (set it with: needle me name NAME)" : me.name()));
    out.println(
        "E-mail:   "
            + (me.emails().isEmpty()
                ? "- (add yours with: needle me add EMAIL)"
                : String.join(", ", me.emails())));
    out.println("LinkedIn: " + (me.linkedin() == null ? "-" : me.linkedin()));
    if (!me.inLedger().isEmpty()) {
      out.println(
          "Also in the ledger as: "
              + String.join(", ", me.inLedger())
              + " (kept, but left out of rankings and listings)");
    }
    out.flush();
  }

  /** Says what a change did, and whom it found to be the owner. */
  static void changed(PrintWriter out, String done, Me.Change change) {
    out.println(done);
    List<String> found = change.found();
    if (!found.isEmpty()) {
      out.println(
          String.join(", ", found)
              + (found.size() == 1 ? " has" : " have")
              + " this address in the ledger, so "
              + (found.size() == 1 ? "is" : "are")
              + " taken for you: kept with every entry, but left out of rankings and listings"
              + " (needle me remove undoes it).");
    }
    out.flush();
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add an e-mail address of yours, or set your LinkedIn URL.")
  static final class Add extends LedgerCommand {
    @Parameters(paramLabel = "EMAIL_OR_URL")
    String address;

    Add(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Me.Change change = Me.add(app.scope(), address);
      changed(out(), "Yours now: " + summary(change.me()) + ".", change);
      return 0;
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove an e-mail address (or the LinkedIn URL) from yours.")
  static final class Remove extends LedgerCommand {
    @Parameters(paramLabel = "EMAIL_OR_URL")
    String address;

    Remove(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Me.Change change = Me.remove(app.scope(), address);
      changed(
          out(),
          "Removed " + address.trim() + "; yours now: " + summary(change.me()) + ".",
          change);
      return 0;
    }
  }

  @Command(name = "name", mixinStandardHelpOptions = true, description = "Set your name.")
  static final class Name extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    Name(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Me.Change change = Me.name(app.scope(), name);
      changed(out(), "You are " + change.me().name() + ".", change);
      return 0;
    }
  }

  private static String summary(Me.View me) {
    String emails = me.emails().isEmpty() ? "no e-mail address" : String.join(", ", me.emails());
    return me.linkedin() == null ? emails : emails + ", " + me.linkedin();
  }
}
