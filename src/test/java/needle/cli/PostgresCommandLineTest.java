package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a PostgreSQL ledger named by a jdbc:postgresql: URL. */
class PostgresCommandLineTest {
  @TempDir Path home;

  @Test
  void aJdbcUrlKeepsTheLedgerInPostgres() {
    Location.Postgres db = TestDatabases.postgresDatabase();
    Cli cli = new Cli(db.url(), home);

    cli.ok("person", "add", "Priya", "--title", "Staff Engineer");
    cli.ok("log", "joint", "Priya", "--kind", "win", "--on", "2026-11-30");
    cli.ok("log", "time", "Priya", "--minutes", "60", "--on", "2026-11-30");

    String rank = cli.ok("rank", "--json");
    assertThat(rank).contains("\"name\" : \"Priya\"").contains("\"class\" : \"strong\"");
    assertThat(new Cli(db.url(), home).ok("people")).contains("Priya");
  }
}
