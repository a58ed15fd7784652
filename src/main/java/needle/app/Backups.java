package needle.app;

import needle.storage.Backup;
import needle.storage.Ledger;
import needle.storage.Snapshot;

/**
 * {@code export} and {@code restore}: the whole ledger out, and back into an empty one. They need
 * no scoring config, so a broken config never stands between a person and their data.
 */
public final class Backups {
  private Backups() {}

  /** Everything the ledger holds, ids and import keys included. */
  public static Snapshot take(Ledger ledger) {
    return Backup.take(ledger);
  }

  /** Puts {@code snapshot} back; a ledger that holds anything is refused unless {@code replace}. */
  public static void restore(Ledger ledger, Snapshot snapshot, boolean replace) {
    Backup.restore(ledger, snapshot, replace);
  }
}
