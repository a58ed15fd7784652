package needle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.imports.Excerpt;
import needle.imports.ImportBatch;
import needle.imports.ImportFeed;
import needle.imports.ImportOptions;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.imports.Skipped;
import needle.imports.csv.LedgerCsv;
import needle.imports.csv.PeopleCsv;
import needle.scoring.Policy;
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
   * Writes each file in one transaction as it is read, and reports what happened. A subcommand only
   * says how to read its format.
   */
  abstract static class Files extends LedgerCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Option(
        names = "--me",
        paramLabel = "EMAIL",
        description = "An address of yours (repeatable), to tell you from the people you met.")
    List<String> me = new ArrayList<>();

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "Expand recurring events up to this date (default today).")
    LocalDate asOf;

    Files(App app) {
      super(app);
    }

    /** One file of this subcommand's format; reading it fails with FILE:LINE: what is wrong. */
    abstract ImportFeed read(Path file, ImportOptions options);

    @Override
    public Integer call() {
      ImportWriter writer = new ImportWriter(app.ledger());
      for (Path file : files) {
        Progress progress = TerminalProgress.forFile(err(), file.toString());
        ImportResult result;
        try {
          result = writer.write(read(file, options(progress)));
        } finally {
          progress.finish();
        }
        report(out(), result);
      }
      return 0;
    }

    ImportOptions options(Progress progress) {
      Policy.GroupMeetings group = app.policy().groupMeetings();
      LocalDate date = asOf != null ? asOf : app.today();
      return new ImportOptions(me, date, group.mode(), group.maxOthers(), progress);
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
              + " merged with people already there, "
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
    if (!r.skipped().isEmpty()) {
      out.println("Skipped " + count(r.skipped().size(), "row", "rows") + ":");
      Excerpt<Skipped> listed = r.skippedListed();
      listed.shown().forEach(s -> out.println("  " + s));
      if (listed.more() > 0) {
        out.println("  … and " + listed.more() + " more");
      }
    }
    out.flush();
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
      super(app);
    }

    @Override
    ImportBatch read(Path file, ImportOptions options) {
      return PeopleCsv.read(file);
    }
  }

  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = "Import a ledger CSV: " + LedgerCsv.HEADER + ".")
  static final class LedgerFile extends Files {
    LedgerFile(App app) {
      super(app);
    }

    @Override
    ImportFeed read(Path file, ImportOptions options) {
      return LedgerCsv.feed(file, options.progress());
    }
  }
}
