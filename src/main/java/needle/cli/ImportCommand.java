package needle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.app.Imports;
import needle.app.Scope;
import needle.imports.Excerpt;
import needle.imports.Guessed;
import needle.imports.ImportResult;
import needle.imports.Progress;
import needle.imports.Skipped;
import needle.imports.csv.LedgerCsv;
import needle.imports.csv.PeopleCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import people|ledger FILE…}: bring data in, each file all-or-nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import files; each file is all-or-nothing and importing it again changes nothing.",
    subcommands = {
      ImportCommand.People.class,
      ImportCommand.LedgerFile.class,
      ImportLinkedinCommand.class,
      ImportVcardCommand.class,
      ImportGoogleCommand.class,
      ImportIcsCommand.class,
      ImportMboxCommand.class
    })
final class ImportCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Imports each file with the import use case and reports what happened. A subcommand only names
   * its format and describes it.
   */
  abstract static class Files extends LedgerCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Option(
        names = "--me",
        paramLabel = "EMAIL",
        description =
            "An address of yours (repeatable), for this run only: added to those kept with"
                + " needle me add, to tell you from the people you met.")
    List<String> me = new ArrayList<>();

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "Expand recurring events up to this date (default today).")
    LocalDate asOf;

    private final String format;

    Files(App app, String format) {
      super(app);
      this.format = format;
    }

    @Override
    public Integer call() {
      Scope scope = app.scope();
      Imports.Owner owner = new Imports.Owner(me, asOf);
      for (Path file : files) {
        Progress progress = TerminalProgress.forFile(err(), file.toString());
        ImportResult result;
        try {
          result = Imports.file(scope, format, file, owner, listener(file, progress));
        } finally {
          progress.finish();
        }
        report(out(), result);
      }
      return 0;
    }

    private Imports.Listener listener(Path file, Progress progress) {
      return new Imports.Listener() {
        @Override
        public Progress progress() {
          return progress;
        }

        @Override
        public void ownerGuessed(Guessed guess) {
          progress.finish();
          err().println(file + ": " + Imports.guessTold(guess) + " (or pass --me EMAIL).");
          err().flush();
        }
      };
    }
  }

  static void report(PrintWriter out, ImportResult r) {
    if (r.changedNothing()) {
      out.println(
          "Imported "
              + r.file()
              + ": nothing new ("
              + r.alreadyThere()
              + " entries already in the ledger).");
    } else {
      out.println(
          "Imported "
              + r.file()
              + ": "
              + count(r.created().size(), "person", "people")
              + " created"
              + names(r.createdNamed())
              + ", "
              + r.updated().size()
              + " updated, "
              + count(r.added(), "entry", "entries")
              + " added, "
              + r.alreadyThere()
              + " already there"
              + (r.messagesRecorded() == 0
                  ? ""
                  : ", "
                      + count(r.messagesRecorded(), "message", "messages")
                      + " recorded for reply rates")
              + ".");
    }
    if (r.asksFound() > 0) {
      out.println(
          "Found "
              + count(r.asksFound(), "ask", "asks")
              + " in the messages you sent: review them with  needle asks review");
    }
    if (!r.warnings().isEmpty()) {
      out.println(
          count(r.warnings().size(), "warning", "warnings")
              + " (each value left out, the rest of the file imported):");
      list(out, r.warningsListed());
    }
    if (!r.leftOut().isEmpty()) {
      out.println("Skipped " + count(r.leftOut().size(), "row", "rows") + ":");
      list(out, r.skippedListed());
    }
    out.flush();
  }

  private static void list(PrintWriter out, Excerpt<Skipped> listed) {
    listed.shown().forEach(s -> out.println("  " + s));
    if (listed.more() > 0) {
      out.println("  … and " + listed.more() + " more");
    }
  }

  private static String names(Excerpt<String> created) {
    if (created.shown().isEmpty()) {
      return "";
    }
    String more = created.more() > 0 ? " and " + created.more() + " more" : "";
    return " (" + String.join(", ", created.shown()) + more + ")";
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  @Command(
      name = "people",
      mixinStandardHelpOptions = true,
      description =
          "Import a people CSV: "
              + PeopleCsv.HEADER
              + " (more columns allowed: phone, linkedin, tags, notes).")
  static final class People extends Files {
    People(App app) {
      super(app, "people");
    }
  }

  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = "Import a ledger CSV: " + LedgerCsv.HEADER + ".")
  static final class LedgerFile extends Files {
    LedgerFile(App app) {
      super(app, "ledger");
    }
  }
}
