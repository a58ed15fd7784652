package needle.imports.linkedin;

import static needle.imports.ContactBatchJson.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import needle.imports.ContactBatchJson;
import needle.imports.ImportBatch;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Connections.csv files of three generations. The counts were made by hand: data rows with
 * {@code grep -c '^[^,]*,[^,]*,' FILE} minus the header, rows of hidden members (no name, URL or
 * e-mail) with {@code grep -c '^,,' FILE}, and distinct names with {@code grep -o '^Person[0-9]*'
 * FILE | sort -u | wc -l}: the 2024 file holds 15 rows whose pseudonym another row already has, and
 * people are merged by exact name.
 */
@Tag("acceptance")
class LinkedinAcceptanceTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "abhishekwebcode-2018, 41, 0, 41, Person0001, Owner, 2018-01-08",
    "nikhil-jagtap-2022, 387, 6, 387, Person0001, Data Scientist, 2022-08-29",
    "feynman10-2024, 3716, 45, 3701, Person0001, Associate for Business Development, 2024-12-16"
  })
  void importsEveryGenerationOfConnections(
      String folder,
      int contacts,
      int hidden,
      int people,
      String first,
      String title,
      LocalDate connected) {
    Path file =
        Path.of(System.getProperty("needle.shared.data"), "linkedin", folder, "Connections.csv");
    ImportBatch batch = LinkedinExport.read(file, options());
    assertThat(batch.contacts()).hasSize(contacts);
    assertThat(batch.skipped()).hasSize(hidden);
    assertThat(batch.contacts()).allSatisfy(c -> assertThat(c.firstMet()).isNotNull());

    Ledger ledger = ContactBatchJson.ledger(tmp);
    ImportWriter writer = new ImportWriter(ledger);
    ImportResult result = writer.write(batch);
    assertThat(result.created()).hasSize(people);
    assertThat(ledger.read(LedgerSession::people)).hasSize(people);
    Person person = ledger.read(s -> s.person(first)).orElseThrow();
    assertThat(person.title()).isEqualTo(title);
    assertThat(person.firstMet()).isEqualTo(connected);
    assertThat(writer.write(LinkedinExport.read(file, options())).changedNothing()).isTrue();
  }
}
