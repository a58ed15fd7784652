package needle.cli;

import java.nio.file.Path;
import needle.app.Backups;
import needle.exports.json.JsonBackup;
import needle.storage.Snapshot;
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
    Snapshot snapshot = JsonBackup.read(file);
    Backups.restore(app.ledger(), snapshot, replace);
    out()
        .println(
            "Restored "
                + snapshot.people().size()
                + " people, "
                + snapshot.time().size()
                + " time entries, "
                + snapshot.values().size()
                + " value events and "
                + snapshot.asks().size()
                + " asks from "
                + file
                + ".");
    return 0;
  }
}
