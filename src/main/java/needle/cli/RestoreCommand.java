package needle.cli;

import java.nio.file.Path;
import needle.app.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE.json}: put a backup back, into an empty ledger unless --replace. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Restore a backup written by export json, into an empty ledger (or --replace).")
final class RestoreCommand extends LedgerCommand {
  @Parameters(paramLabel = "FILE.json")
  Path file;

  @Option(names = "--replace", description = "Delete everything in the ledger first.")
  boolean replace;

  RestoreCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    Backups.Restored restored = Backups.restore(app::ledger, file, replace);
    out()
        .println(
            "Restored "
                + restored.people()
                + " people, "
                + restored.time()
                + " time entries, "
                + restored.values()
                + " value events and "
                + restored.asks()
                + " asks from "
                + file
                + ".");
    return 0;
  }
}
