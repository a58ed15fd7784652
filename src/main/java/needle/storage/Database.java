package needle.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the database behind a {@link Location}, creating and migrating it as needed. */
final class Database {
  /** The newest schema version this Needle's migrations produce. */
  static final int SCHEMA_VERSION = 11;

  private static final String HISTORY = "flyway_schema_history";

  /** Connections per PostgreSQL database: enough for a server on a few cores. */
  private static final int POOL_SIZE = 10;

  /** How long an unused connection is kept open. */
  private static final java.time.Duration IDLE = java.time.Duration.ofSeconds(30);

  /** One pool per database URL, shared by every ledger opened on it in this process. */
  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

  /** SQLite's page cache per connection, in KiB. */
  private static final int CACHE_KIB = 256 * 1024;

  private Database() {}

  static DataSource open(Location location) {
    DataSource source =
        location instanceof Location.SqliteFile file
            ? sqlite(file)
            : postgres((Location.Postgres) location);
    migrate(source, location);
    return source;
  }

  /** {@code source} behind a small pool of open connections; a pool is returned as it is. */
  static DataSource pooled(DataSource source) {
    if (source instanceof HikariDataSource) {
      return source;
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName("needle-sqlite");
    // Writers take turns on SQLite anyway; a few connections serve the readers.
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  static String describe(Location location) {
    return location instanceof Location.SqliteFile file
        ? file.path().toString()
        : ((Location.Postgres) location).url().replaceAll("password=[^&]*", "password=...");
  }

  private static DataSource sqlite(Location.SqliteFile file) {
    prepare(file);
    SQLiteConfig config = new SQLiteConfig();
    if (readOnly(file)) {
      // It can still be ranked and exported; a write says that it can only be read (Faults).
      config.setReadOnly(true);
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Short: a writer behind another is told so and waits its turn in TakingTurns.
    config.setBusyTimeout(TakingTurns.BUSY_MILLIS);
    // A ceiling, filled only as pages are used: a large import inserts keys all over its unique
    // indexes, and with SQLite's default 2 MB it writes out and reads back the same pages again.
    config.setCacheSize(-CACHE_KIB);
    config.enforceForeignKeys(true);
    // Writers take the lock when they begin, so two processes queue instead of deadlocking.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.path());
    return source;
  }

  private static DataSource postgres(Location.Postgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.url());
    config.setPoolName("needle");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(0);
    config.setIdleTimeout(IDLE.toMillis());
    // One attempt at start, so a wrong URL fails at once with the driver's own message.
    config.setInitializationFailTimeout(1);
    try {
      return POOLS.computeIfAbsent(pg.url(), url -> new HikariDataSource(config));
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException(
          "cannot open ledger "
              + describe(pg)
              + ": "
              + cause.getMessage()
              + " (check the path or URL, and that the database is reachable)",
          e);
    }
  }

  /** Checks the file's folder and creates the file readable by its owner only. */
  private static void prepare(Location.SqliteFile file) {
    Path path = file.path();
    Path folder = path.getParent();
    try {
      if (file.isDefault()) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      checkFolder(path, folder);
      if (Files.isDirectory(path)) {
        throw new StorageException(
            "cannot open ledger "
                + path
                + ": it is a folder (expected the path of a file, e.g. "
                + path.resolve("needle.db")
                + ")");
      }
      if (!Files.exists(path)) {
        Files.createFile(
            path,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        checkSqlite(path);
      }
    } catch (IOException e) {
      throw new StorageException(
          "cannot create ledger "
              + path
              + ": "
              + e.getMessage()
              + " (check the folder's permissions, or choose another --db)",
          e);
    }
  }

  private static void checkFolder(Path path, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new StorageException(
          "cannot open ledger "
              + path
              + ": the folder "
              + folder
              + " does not exist"
              + " (create it, or choose another --db)");
    }
    if (!Files.isWritable(folder)) {
      throw new StorageException(
          "cannot open ledger "
              + path
              + ": the folder "
              + folder
              + " is not writable"
              + " (choose a folder you can write to with --db)");
    }
  }

  /** Whether the ledger is a file that this user may read but not write. */
  private static boolean readOnly(Location location) {
    return location instanceof Location.SqliteFile file
        && Files.exists(file.path())
        && !Files.isWritable(file.path());
  }

  private static void checkSqlite(Path path) throws IOException {
    byte[] header = new byte[20];
    int read;
    try (var in = Files.newInputStream(path)) {
      read = in.readNBytes(header, 0, header.length);
    }
    boolean sqlite =
        new String(header, 0, read, StandardCharsets.ISO_8859_1).startsWith("SQLite format 3");
    if (read > 0 && !sqlite) {
      throw new StorageException(
          "cannot open ledger "
              + path
              + ": it is not a Needle ledger (an SQLite database);"
              + " choose another --db");
    }
    // Needle's ledgers keep a write-ahead log (bytes 18 and 19 of the header are 2). Any other
    // SQLite file is looked at read-only first: opening it as a ledger would switch it to WAL.
    if (read >= 20 && header[18] != 2) {
      SQLiteConfig readOnly = new SQLiteConfig();
      readOnly.setReadOnly(true);
      try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + path)) {
        refuseForeign(connection, path.toString());
      } catch (SQLException e) {
        throw cannotOpen(new Location.SqliteFile(path, false), e);
      }
    }
  }

  private static void migrate(DataSource source, Location location) {
    int applied = appliedVersion(source, location);
    if (applied > SCHEMA_VERSION) {
      throw new StorageException(
          "ledger "
              + describe(location)
              + " was written by a newer Needle (schema version "
              + applied
              + "; this Needle knows up to "
              + SCHEMA_VERSION
              + "): upgrade Needle, or choose another --db");
    }
    if (applied == SCHEMA_VERSION) {
      return;
    }
    if (readOnly(location)) {
      throw new StorageException(
          "the ledger "
              + describe(location)
              + " can only be read (the file is not writable), and "
              + (applied == 0
                  ? "it is not a Needle ledger yet: choose another --db"
                  : "an older Needle wrote it: make it writable once, so that this Needle can"
                      + " bring it up to date"));
    }
    if (applied == 0) {
      checkNeedle(source, location);
    }
    String folder = location instanceof Location.Postgres ? "postgresql" : "sqlite";
    try {
      TakingTurns.run(
          () -> {
            try {
              return Flyway.configure()
                  .dataSource(source)
                  .locations("classpath:db/migration/" + folder)
                  .loggers("slf4j")
                  .load()
                  .migrate();
            } catch (FlywayException e) {
              if (TakingTurns.busy(e)) {
                throw new TakingTurns.Busy(e); // another process is migrating it: wait
              }
              throw e;
            }
          },
          () -> {},
          describe(location));
    } catch (FlywayException e) {
      // Another process may have migrated the same new ledger a moment before us.
      if (appliedVersion(source, location) != SCHEMA_VERSION) {
        throw new StorageException(
            Faults.explain(e, describe(location))
                .orElseGet(
                    () ->
                        "cannot bring ledger "
                            + describe(location)
                            + " up to this Needle's schema ("
                            + Faults.firstLine(e)
                            + "): restore your latest backup into a new ledger (needle --db NEW"
                            + " restore BACKUP.json), or choose another --db"),
            e);
      }
    }
  }

  /**
   * Refuses an SQLite database that holds tables but no record of Needle's schema: another
   * program's, which Needle's tables must not be written into.
   */
  private static void checkNeedle(DataSource source, Location location) {
    if (!(location instanceof Location.SqliteFile)) {
      return;
    }
    try (Connection connection = source.getConnection()) {
      refuseForeign(connection, describe(location));
    } catch (SQLException e) {
      throw cannotOpen(location, e);
    }
  }

  /** Throws when the database on {@code connection} holds tables but no Needle ledger. */
  private static void refuseForeign(Connection connection, String ledger) throws SQLException {
    java.util.List<String> tables = new java.util.ArrayList<>();
    try (var statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    if (!tables.isEmpty() && !tables.contains(HISTORY)) {
      String some = String.join(", ", tables.subList(0, Math.min(5, tables.size())));
      throw new StorageException(
          "cannot open ledger "
              + ledger
              + ": it is an SQLite database of another program (it holds "
              + (tables.size() > 5 ? tables.size() + " tables, among them " : "the tables ")
              + Faults.cut(some)
              + ", and no Needle ledger); choose another --db");
    }
  }

  private static StorageException cannotOpen(Location location, SQLException e) {
    return new StorageException(
        Faults.explain(e, describe(location))
            .orElseGet(
                () ->
                    "cannot open ledger "
                        + describe(location)
                        + ": "
                        + Faults.firstLine(e)
                        + " (check the path or URL, and that the database is reachable)"),
        e);
  }

  /** The schema version recorded in the database, or 0 for an empty one. */
  static int appliedVersion(DataSource source, Location location) {
    try (Connection connection = source.getConnection()) {
      if (!hasHistory(connection)) {
        return 0;
      }
      try (var statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT version FROM " + HISTORY + " WHERE version IS NOT NULL")) {
        int newest = 0;
        while (rows.next()) {
          newest = Math.max(newest, Integer.parseInt(rows.getString(1).split("\\.")[0]));
        }
        return newest;
      }
    } catch (SQLException e) {
      throw cannotOpen(location, e);
    } catch (NumberFormatException e) {
      throw new StorageException(
          "cannot open ledger "
              + describe(location)
              + ": its record of schema versions is damaged: restore your latest backup into a new ledger (needle --db NEW restore"
              + " BACKUP.json), or choose another --db",
          e);
    }
  }

  private static boolean hasHistory(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY, null)) {
      return tables.next();
    }
  }
}
