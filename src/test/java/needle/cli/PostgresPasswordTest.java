package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL password need not be in {@code --db}, where every account on the computer sees it
 * (ps): it comes from PGPASSWORD or ~/.pgpass, and one left in --db is warned about.
 */
class PostgresPasswordTest {
  @TempDir Path home;

  @Test
  void aPasswordInDbIsWarnedAboutAndTheCommandStillRuns() {
    Location.Postgres db = TestDatabases.postgresDatabase();
    Cli cli = new Cli(db.url() + "&password=hunter2-in-ps", home);

    Cli.Result result = cli.run("people");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).contains("warning: the password in --db", "PGPASSWORD", "~/.pgpass");
    assertThat(result.err()).doesNotContain("hunter2-in-ps");
  }

  @Test
  void noWarningWithoutAPasswordInDb() {
    Cli.Result result = new Cli(TestDatabases.postgresDatabase().url(), home).run("people");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).doesNotContain("warning");
  }

  @Test
  void thePasswordComesFromPgpasswordAndIsNeverShown() {
    String url = TestDatabases.postgresDatabase().url();

    Location location = Location.of(url, Map.of("PGPASSWORD", "from the environment"));
    Ledger ledger = Ledger.open(location);

    assertThat(((Location.Postgres) location).url()).contains("password=from+the+environment");
    assertThat(ledger.description()).doesNotContain("from");
    assertThat(Location.of(url + "&password=given", Map.of("PGPASSWORD", "other")))
        .as("a password in the URL wins")
        .isEqualTo(new Location.Postgres(url + "&password=given"));
  }

  @Test
  void aLineInThePasswordFileMeansNoPromptIsNeeded() throws IOException {
    Location.Postgres db =
        new Location.Postgres("jdbc:postgresql://db.example:5433/ledger?user=ada");
    Path pgpass = home.resolve("pgpass");
    Files.writeString(pgpass, "db.example:5433:ledger:ada:s3cret\n");
    String before = System.getProperty("org.postgresql.pgpassfile");
    try {
      System.setProperty("org.postgresql.pgpassfile", home.resolve("none").toString());
      assertThat(db.needsPassword()).isTrue();
      System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
      assertThat(db.needsPassword()).isFalse();
      assertThat(db.withPassword("typed".toCharArray()).needsPassword()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("org.postgresql.pgpassfile");
      } else {
        System.setProperty("org.postgresql.pgpassfile", before);
      }
    }
  }
}
