package needle.cli;

import java.nio.file.Path;
import java.util.List;
import needle.NeedleException;
import needle.app.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export json|csv|vcard}: take everything out. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the ledger: json (everything, lossless; restore reads it), csv (people.csv,",
      "time.csv, values.csv, asks.csv in the --out folder), or vcard (4.0, everyone)."
    })
final class ExportCommand extends LedgerCommand {
  @Parameters(paramLabel = "FORMAT", description = "json, csv or vcard.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "A file (json, vcard; default: standard output) or a folder (csv; default: needle-export).")
  Path out;

  ExportCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> emit(Backups.json(app.ledger()));
      case "vcard" -> emit(Backups.vcard(app.scope()));
      case "csv" -> csv();
      default ->
          throw new NeedleException(
              "unknown export format \"" + format + "\" (expected json, csv or vcard)");
    }
    return 0;
  }

  private void csv() {
    List<Path> files = Backups.csv(app.ledger(), out != null ? out : Path.of("needle-export"));
    files.forEach(f -> out().println("Wrote " + f));
  }

  private void emit(String text) {
    if (out == null) {
      out().print(text);
      out().flush();
      return;
    }
    Backups.save(out, text);
    err().println("Wrote " + out);
  }
}
