package needle.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.sqlite.SQLiteErrorCode;

/**
 * SQLite's writers take turns: one that finds another writing (an import of a big file, say) waits
 * for it instead of giving up. SQLite's own wait is kept short, so that the wait can be told to the
 * user at once ("waiting for another write…"); this one then tries again until the other writer is
 * done, or for {@link #LONGEST} at most. Only a transaction that had not begun is tried again:
 * nothing of it had run.
 */
final class TakingTurns {
  /** SQLite's wait for a lock, before it reports the database busy. */
  static final int BUSY_MILLIS = 2_000;

  /** How long a writer waits behind others before it gives up. */
  static final Duration LONGEST = Duration.ofMinutes(30);

  private TakingTurns() {}

  /** What a transaction that could not begin throws, for {@link #run} to try it again. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(Throwable cause) {
      super(cause);
    }
  }

  /**
   * Runs {@code attempt} until it does not throw {@link Busy}; {@code waiting} is told once, when
   * the first attempt found the database busy.
   */
  static <R> R run(Supplier<R> attempt, Runnable waiting, String ledger) {
    long deadline = System.nanoTime() + LONGEST.toNanos();
    boolean told = false;
    while (true) {
      try {
        return attempt.get();
      } catch (Busy e) {
        if (System.nanoTime() > deadline) {
          throw new StorageException(
              "another Needle has been writing to the ledger "
                  + ledger
                  + " for more than "
                  + LONGEST.toMinutes()
                  + " minutes (an import?): try again when it has finished (nothing was changed)",
              e.getCause());
        }
        if (!told) {
          waiting.run();
          told = true;
        }
      }
    }
  }

  /** Whether {@code e}, or what caused it, is SQLite saying that another connection writes. */
  static boolean busy(Throwable e) {
    Optional<SQLiteErrorCode> sqlite = Faults.sqliteCode(e);
    if (sqlite.isPresent()) {
      SQLiteErrorCode code = sqlite.get();
      return code.name().startsWith("SQLITE_BUSY") || code == SQLiteErrorCode.SQLITE_LOCKED;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getMessage() != null) {
        String message = sql.getMessage();
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
          return true;
        }
      }
    }
    return false;
  }
}
