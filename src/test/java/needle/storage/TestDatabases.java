package needle.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, real databases for tests: SQLite files, and databases in one embedded PostgreSQL. */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public static Location.SqliteFile sqliteFile(Path folder) {
    return new Location.SqliteFile(folder.resolve("needle.db"), false);
  }

  /** A new, empty PostgreSQL database; the server starts once per test run. */
  public static synchronized Location.Postgres postgresDatabase() {
    String name = "needle_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new Location.Postgres(server().getJdbcUrl("postgres", name));
  }

  /** Runs one statement on the database behind {@code location}, bypassing Needle. */
  public static void execute(Location location, String sql) {
    String url =
        location instanceof Location.SqliteFile file
            ? "jdbc:sqlite:" + file.path()
            : ((Location.Postgres) location).url();
    try (Connection c = java.sql.DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stop));
    }
    return postgres;
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
