package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export json and restore, through the use case: what one writes the other puts back. */
class BackupsTest {
  @TempDir Path folder;

  @Test
  void aBackupIsRestoredIntoAnotherLedgerAndCounted() throws IOException {
    Ledger original =
        Ledger.open(TestDatabases.sqliteFile(Files.createDirectory(folder.resolve("a"))));
    Person ada = original.write(s -> s.addPerson(Person.named("Ada")));
    original.write(
        s ->
            s.log(
                new TimeEntry(
                    0, ada.id(), LocalDate.of(2026, 3, 2), 30, Channel.CALL, "manual", "sync")));
    Path file = Files.writeString(folder.resolve("backup.json"), Backups.json(original));
    Ledger copy = Ledger.open(TestDatabases.sqliteFile(Files.createDirectory(folder.resolve("b"))));

    Backups.Restored restored = Backups.restore(() -> copy, file, false);

    assertThat(restored).isEqualTo(new Backups.Restored(1, 1, 0, 0));
    assertThat(Backups.json(copy)).isEqualTo(Backups.json(original));
  }

  @Test
  void aFileThatIsNotABackupOpensNoLedger() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.json"), "{\"hello\": 1}");

    assertThatThrownBy(
            () ->
                Backups.restore(
                    () -> {
                      throw new AssertionError("the ledger was opened");
                    },
                    file,
                    false))
        .hasMessageContaining("not a Needle backup");
  }
}
