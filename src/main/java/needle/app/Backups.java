package needle.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import needle.exports.SafeFile;
import needle.exports.csv.CsvExport;
import needle.exports.json.JsonBackup;
import needle.exports.vcard.VcardExport;
import needle.storage.Backup;
import needle.storage.Ledger;
import needle.storage.Snapshot;

/**
 * {@code export} and {@code restore}: the whole ledger out, and back into an empty one. The JSON
 * backup and the CSV files need no scoring config, so a broken config never stands between a person
 * and their data.
 */
public final class Backups {
  private Backups() {}

  /** What a restore put back, counted. */
  public record Restored(int people, int time, int values, int asks) {}

  /** Everything the ledger holds, ids and import keys included: what {@link #restore} reads. */
  public static String json(Ledger ledger) {
    return JsonBackup.write(take(ledger));
  }

  /** people.csv, time.csv, values.csv and asks.csv in {@code folder}; the files written. */
  public static List<Path> csv(Ledger ledger, Path folder) {
    return CsvExport.write(take(ledger), folder);
  }

  /**
   * Writes an export to {@code file}, readable by its owner only, so that a kill or a full disk
   * leaves the file that was there before whole.
   */
  public static void save(Path file, String text) {
    SafeFile.write(file, text);
  }

  /** Everyone as vCard 4.0, in the order the ledger lists them. */
  public static String vcard(Scope scope) {
    return VcardExport.write(Ranking.people(scope, Ranking.Query.all(scope.today())).rows());
  }

  /**
   * Puts the backup in {@code file} back; a ledger that holds anything is refused unless {@code
   * replace}. The file is read first, so a file that is not a backup opens no ledger.
   */
  public static Restored restore(Supplier<Ledger> ledger, Path file, boolean replace) {
    Snapshot snapshot = JsonBackup.read(file);
    Backup.restore(ledger.get(), snapshot, replace);
    return new Restored(
        snapshot.people().size(),
        snapshot.time().size(),
        snapshot.values().size(),
        snapshot.asks().size());
  }

  private static Snapshot take(Ledger ledger) {
    return Backup.take(ledger);
  }
}
