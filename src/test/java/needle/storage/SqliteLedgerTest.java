package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLedgerTest extends LedgerContract {
  @TempDir Path folder;
  private Location location;

  @Override
  Location newLocation() {
    location = TestDatabases.sqliteFile(folder);
    return location;
  }

  @Override
  Location lastLocation() {
    return location;
  }

  @Test
  void theDefaultFileIsCreatedUnderXdgDataHomeReadableByTheUserOnly() throws Exception {
    Location.SqliteFile file =
        (Location.SqliteFile) Location.of(null, Map.of("XDG_DATA_HOME", folder.toString()));

    Ledger.open(file);

    assertThat(file.path()).isEqualTo(folder.resolve("needle/needle.db"));
    assertThat(Files.getPosixFilePermissions(file.path()))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(Files.getPosixFilePermissions(file.path().getParent()))
        .containsOnly(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE);
  }

  @Test
  void withoutXdgDataHomeTheFileIsUnderHome() {
    Location file = Location.of(null, Map.of("HOME", "/home/ada"));

    assertThat(file)
        .isEqualTo(
            new Location.SqliteFile(Path.of("/home/ada/.local/share/needle/needle.db"), true));
  }

  @Test
  void needleDbIsUsedWhenNoDbOptionIsGiven() {
    Location file = Location.of(null, Map.of("NEEDLE_DB", folder.resolve("x.db").toString()));

    assertThat(file).isEqualTo(new Location.SqliteFile(folder.resolve("x.db"), false));
  }

  @Test
  void aJdbcPostgresUrlSelectsPostgres() {
    assertThat(Location.of("jdbc:postgresql://localhost/needle", Map.of()))
        .isInstanceOf(Location.Postgres.class);
  }

  @Test
  void aFolderThatDoesNotExistIsNamedInTheError() {
    Path missing = folder.resolve("nowhere/needle.db");

    assertThatThrownBy(() -> Ledger.open(missing.toString(), Map.of()))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "cannot open ledger "
                + missing
                + ": the folder "
                + missing.getParent()
                + " does not exist (create it, or choose another --db)");
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void aPathUnderAFileIsRefused() throws Exception {
    Path file = Files.writeString(folder.resolve("plain.txt"), "x");

    assertThatThrownBy(() -> Ledger.open(file.resolve("needle.db").toString(), Map.of()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFileThatIsNotALedgerIsLeftAlone() throws Exception {
    Path notes = Files.writeString(folder.resolve("notes.db"), "my notes");

    assertThatThrownBy(() -> Ledger.open(notes.toString(), Map.of()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("is not a Needle ledger");
    assertThat(notes).hasContent("my notes");
  }

  @Test
  void anUnsupportedJdbcUrlIsRefused() {
    assertThatThrownBy(() -> Location.of("jdbc:mysql://x/y?password=secret", Map.of()))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("expected a jdbc:postgresql: URL")
        .hasMessageNotContaining("secret");
  }
}
