package needle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import needle.imports.ImportBatch;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.imports.csv.LedgerCsv;
import needle.imports.csv.PeopleCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import people|ledger FILE…}: bring data in, each file all-or-nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import files; each file is all-or-nothing and importing it again changes nothing.",
    subcommands = {ImportCommand.People.class, ImportCommand.LedgerFile.class})
final class ImportCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads each file fully, then writes it in one transaction, and reports what happened. */
  abstract static class Files extends LedgerCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    Files(App app) {
      super(app);
    }

    abstract Function<Path, ImportBatch> reader();

    @Override
    public Integer call() {
      ImportWriter writer = new ImportWriter(app.ledger());
      for (Path file : files) {
        ImportBatch batch = reader().apply(file);
        report(out(), writer.write(batch));
      }
      return 0;
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
              + names(r.created())
              + ", "
              + r.updated().size()
              + " updated, "
              + count(r.added(), "entry", "entries")
              + " added, "
              + r.alreadyThere()
              + " already there.");
    }
    if (!r.skipped().isEmpty()) {
      out.println("Skipped " + count(r.skipped().size(), "row", "rows") + ":");
      r.skipped().stream().limit(20).forEach(s -> out.println("  " + s));
      if (r.skipped().size() > 20) {
        out.println("  … and " + (r.skipped().size() - 20) + " more");
      }
    }
    out.flush();
  }

  private static String names(List<String> created) {
    if (created.isEmpty()) {
      return "";
    }
    List<String> shown = created.stream().limit(10).toList();
    String more =
        created.size() > shown.size() ? ", … " + (created.size() - shown.size()) + " more" : "";
    return " (" + String.join(", ", shown) + more + ")";
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
    Function<Path, ImportBatch> reader() {
      return PeopleCsv::read;
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
    Function<Path, ImportBatch> reader() {
      return LedgerCsv::read;
    }
  }
}
