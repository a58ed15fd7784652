package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's writes on a schema hash-partitioned by owner_id, as a distributed engine
 * splits it: imports in batches, a merge that moves entries, a backup and a restore, and the
 * ranking after each, the same as on a plain PostgreSQL ledger.
 */
class PartitionedPostgresCommandLineTest {
  private static final String FIXTURES = "src/test/resources/needle/imports/";

  @TempDir Path home;

  @Test
  void importsMergesAndRestoresWorkOnAPartitionedSchema() throws Exception {
    Cli partitioned = new Cli(TestDatabases.partitionedPostgresDatabase().url(), home);
    Location.Postgres plainDb = TestDatabases.postgresDatabase();
    Cli plain = new Cli(plainDb.url(), home);

    for (Cli cli : new Cli[] {partitioned, plain}) {
      cli.ok("import", "ledger", FIXTURES + "csv/ledger.csv");
      cli.ok("import", "ledger", FIXTURES + "csv/ledger.csv");
      cli.ok("import", "mbox", FIXTURES + "mbox/sent.mbox", "--me", "me@example.org");
      cli.ok("person", "add", "Om", "--email", "om@example.org");
      cli.ok("log", "time", "Om", "--minutes", "20", "--on", "2026-06-02");
      cli.ok("person", "merge", "Omar Haddad", "Om");
    }
    String backup = partitioned.ok("export", "json");
    Path file = Files.writeString(home.resolve("backup.json"), backup);
    partitioned.ok("restore", file.toString(), "--replace");

    assertThat(partitioned.ok("export", "json")).isEqualTo(backup);
    assertThat(partitioned.ok("rank", "--json", "--as-of", "2026-11-30"))
        .contains("\"name\" : \"Omar Haddad\"")
        .isEqualTo(plain.ok("rank", "--json", "--as-of", "2026-11-30"));
    assertThat(backup).isEqualTo(plain.ok("export", "json"));
  }
}
