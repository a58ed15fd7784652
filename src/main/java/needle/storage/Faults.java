package needle.storage;

import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The faults of a database that a user can act on, each said in one sentence that names the ledger:
 * a full disk, a ledger that can only be read, a damaged file. Anything else is reported by its
 * first line, cut short.
 */
final class Faults {
  /** The longest part of a driver's message that goes into a sentence. */
  static final int LONGEST = 80;

  /** PostgreSQL's SQLSTATE for a full disk. */
  private static final String PG_DISK_FULL = "53100";

  private Faults() {}

  /** The sentence for {@code e} when it is a fault a user can act on. */
  static Optional<String> explain(Throwable e, String ledger) {
    Optional<SQLiteErrorCode> code = sqliteCode(e);
    if (code.isPresent()) {
      return sqlite(code.get(), ledger);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && PG_DISK_FULL.equals(sql.getSQLState())) {
        return Optional.of(full(ledger));
      }
    }
    return Optional.empty();
  }

  /** SQLite's result code for {@code e}: that of the first SQLite error among its causes. */
  static Optional<SQLiteErrorCode> sqliteCode(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        return Optional.of(sqlite.getResultCode());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> sqlite(SQLiteErrorCode code, String ledger) {
    String name = code.name();
    if (code == SQLiteErrorCode.SQLITE_FULL) {
      return Optional.of(full(ledger));
    }
    if (name.startsWith("SQLITE_READONLY")) {
      return Optional.of(
          "the ledger "
              + ledger
              + " can only be read (the file or its folder is not writable, or the disk is"
              + " mounted read-only): make it writable to change it (nothing was changed)");
    }
    if (name.startsWith("SQLITE_CORRUPT") || code == SQLiteErrorCode.SQLITE_NOTADB) {
      return Optional.of(
          "the ledger "
              + ledger
              + " is damaged: restore your latest backup into a new ledger (needle --db NEW"
              + " restore BACKUP.json), or choose another --db");
    }
    return Optional.empty();
  }

  private static String full(String ledger) {
    return "the disk that holds the ledger "
        + ledger
        + " is full: free some space and try again (nothing was changed)";
  }

  /** The first line of a driver's or Flyway's message, at most {@link #LONGEST} characters. */
  static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return cut(message.strip().lines().findFirst().orElse("").strip());
  }

  /** {@code text} at most {@link #LONGEST} characters long, with an ellipsis where it was cut. */
  static String cut(String text) {
    return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
  }
}
