package needle.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/** Fresh, real databases for tests: SQLite files, and databases in one embedded PostgreSQL. */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static String partitionedTemplate;

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

  /** The tables a distributed engine would hold whole on every node rather than split by owner. */
  private static final List<String> NOT_PARTITIONED = List.of("owner", "flyway_schema_history");

  /**
   * A new PostgreSQL database with Needle's schema, every table but {@link #NOT_PARTITIONED}
   * hash-partitioned by owner_id into four parts, as a distributed engine splits them. PostgreSQL,
   * like Citus, refuses a primary or unique key that does not include the partition column, so this
   * fails when a key is not owner-scoped.
   */
  public static synchronized Location.Postgres partitionedPostgresDatabase() {
    if (partitionedTemplate == null) {
      Location.Postgres template = postgresDatabase();
      Flyway.configure()
          .dataSource(template.url(), null, null)
          .locations("classpath:db/migration/postgresql")
          .load()
          .migrate();
      try (Connection c = java.sql.DriverManager.getConnection(template.url())) {
        c.setAutoCommit(false);
        partitionByOwner(c);
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot partition the schema by owner_id", e);
      }
      partitionedTemplate = template.url().replaceAll(".*/([^/?]+).*", "$1");
    }
    // A copy of the partitioned schema, which is quicker than migrating and partitioning anew.
    String name = "needle_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE DATABASE " + name + " TEMPLATE " + partitionedTemplate);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new Location.Postgres(server().getJdbcUrl("postgres", name));
  }

  /** Rebuilds each table as a partitioned one with the same columns, keys and indexes. */
  private static void partitionByOwner(Connection c) throws SQLException {
    List<String> tables =
        strings(
            c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    tables.removeAll(NOT_PARTITIONED);
    List<String> keys = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    for (String table : tables) {
      for (String[] con :
          rows(
              c,
              "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                  + " WHERE conrelid = '"
                  + table
                  + "'::regclass ORDER BY contype DESC, conname")) {
        String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + con[0] + " " + con[2];
        (con[1].equals("f") ? foreignKeys : keys).add(add);
      }
      indexes.addAll(
          strings(
              c,
              "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = '"
                  + table
                  + "'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                  + " WHERE k.conindid = i.indexrelid)"));
    }
    try (Statement st = c.createStatement()) {
      for (String table : tables) {
        st.execute("ALTER TABLE " + table + " RENAME TO " + table + "_plain");
      }
      for (String table : tables) {
        st.execute(
            "CREATE TABLE "
                + table
                + " (LIKE "
                + table
                + "_plain INCLUDING DEFAULTS) PARTITION BY HASH (owner_id)");
        for (int part = 0; part < 4; part++) {
          st.execute(
              "CREATE TABLE "
                  + table
                  + "_p"
                  + part
                  + " PARTITION OF "
                  + table
                  + " FOR VALUES WITH (MODULUS 4, REMAINDER "
                  + part
                  + ")");
        }
      }
      for (String table : tables) {
        st.execute("DROP TABLE " + table + "_plain CASCADE");
      }
      for (String sql : keys) {
        st.execute(sql);
      }
      for (String sql : indexes) {
        st.execute(sql);
      }
      for (String sql : foreignKeys) {
        st.execute(sql);
      }
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    for (String[] row : rows(c, sql)) {
      out.add(row[0]);
    }
    return out;
  }

  private static List<String[]> rows(Connection c, String sql) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        out.add(row);
      }
    }
    return out;
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
