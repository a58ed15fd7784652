package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import needle.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a user can act on are said in one sentence that names the ledger and what to do, not
 * in the driver's or Flyway's words; and a database of another program is never written into.
 */
class FaultsTest {
  @TempDir Path folder;

  @Test
  void aFullDiskIsSaidSoAndNothingIsKept() {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger ledger = Ledger.open(file);
    String notes = "n".repeat(4000);

    // SQLite answers a write past its page limit as it answers a full disk: SQLITE_FULL.
    assertThatThrownBy(
            () ->
                ledger.inTransaction(
                    (h, owner) -> {
                      long pages = h.select("PRAGMA page_count").mapTo(Long.class).one();
                      h.execute("PRAGMA max_page_count = " + (pages + 2));
                      for (int i = 0; i < 100; i++) {
                        h.execute(
                            "INSERT INTO person (owner_id, id, name, name_key, notes)"
                                + " VALUES (?, ?, ?, ?, ?)",
                            owner,
                            1000 + i,
                            "P" + i,
                            "p" + i,
                            notes);
                      }
                      return null;
                    }))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "the disk that holds the ledger "
                + file.path()
                + " is full: free some space and try again (nothing was changed)");
    assertThat(ledger.read(LedgerSession::people)).isEmpty();
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
    Path file = folder.resolve("music.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE songs (title TEXT)");
      s.execute("INSERT INTO songs VALUES ('Blue in Green')");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Ledger.open(new Location.SqliteFile(file, false)))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "cannot open ledger "
                + file
                + ": it is an SQLite database of another program (it holds the tables songs,"
                + " and no Needle ledger); choose another --db");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aDamagedRecordOfSchemaVersionsIsSaidSo() throws Exception {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger.open(file).write(s -> s.addPerson(Person.named("Ann Example")));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.path());
        Statement s = c.createStatement()) {
      s.execute("UPDATE flyway_schema_history SET version = 'seven' WHERE version = '7'");
    }

    assertThatThrownBy(() -> Ledger.open(file))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "cannot open ledger " + file.path() + ": its record of schema versions is damaged")
        .hasMessageContaining("restore");
  }

  @Test
  void aDamagedFileIsSaidSo() throws Exception {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger ledger = Ledger.open(file);
    ledger.write(s -> s.addPerson(Person.named("Ann Example")));
    checkpoint(file.path());
    // Every page after the first (the header, so that it is still an SQLite file) overwritten.
    try (RandomAccessFile raw = new RandomAccessFile(file.path().toFile(), "rw")) {
      byte[] junk = new byte[(int) raw.length() - 4096];
      java.util.Arrays.fill(junk, (byte) 0x5a);
      raw.seek(4096);
      raw.write(junk);
    }

    assertThatThrownBy(() -> Ledger.open(file).read(LedgerSession::people))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(file.path() + " is damaged: restore your latest backup");
  }

  private static void checkpoint(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  @Test
  void aLedgerThatCanOnlyBeReadIsReadAndRefusesWritesSayingWhy() throws Exception {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger.open(file).write(s -> s.addPerson(Person.named("Ann Example")));
    checkpoint(file.path());
    Files.deleteIfExists(Path.of(file.path() + "-wal"));
    Files.deleteIfExists(Path.of(file.path() + "-shm"));
    boolean immutable = makeReadOnly(file.path());
    try {
      Ledger ledger = Ledger.open(file);

      assertThat(ledger.read(LedgerSession::people))
          .extracting(Person::name)
          .containsExactly("Ann Example");
      assertThatThrownBy(() -> ledger.write(s -> s.addPerson(Person.named("Bo Example"))))
          .isInstanceOf(StorageException.class)
          .hasMessage(
              "the ledger "
                  + file.path()
                  + " can only be read (the file or its folder is not writable, or the disk is"
                  + " mounted read-only): make it writable to change it (nothing was changed)");
    } finally {
      if (immutable) {
        new ProcessBuilder("chattr", "-i", file.path().toString()).start().waitFor();
      }
    }
  }

  /**
   * Takes the write permission away; root may write anyway, so for root the file is also made
   * immutable (which root cannot write to either). Answers whether it was.
   */
  private static boolean makeReadOnly(Path file) throws Exception {
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
    if (!Files.isWritable(file)) {
      return false;
    }
    Process chattr =
        new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
    String said = new String(chattr.getInputStream().readAllBytes());
    assertThat(chattr.waitFor())
        .as("chattr +i, to make the file read-only for root: " + said)
        .isZero();
    assertThat(Files.isWritable(file)).isFalse();
    return true;
  }

  @Test
  void aLongMessageIsCutShort() {
    String cut = Faults.firstLine(new IllegalStateException("x".repeat(1_000_000) + "\nmore"));

    assertThat(cut).hasSize(Faults.LONGEST).endsWith("…");
  }
}
