package needle.imports.google;

import static needle.imports.ContactBatchJson.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import needle.imports.ContactBatchJson;
import needle.imports.ImportBatch;
import needle.imports.ImportWriter;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Google Contacts exports (the older header). Counted by hand: data rows with {@code wc -l}
 * less the header; distinct e-mail addresses with {@code grep -o '[^,: ]*@[^,: ]*' | sort -u};
 * starred contacts with {@code grep -c starred}. In iMampi's file one row has only an organization
 * ("Org 2919"), which names it, and two rows are both "Person0090", so they are one person.
 */
@Tag("acceptance")
class GoogleContactsAcceptanceTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "mtrazzi/google_contacts.csv, 3, 3, 3, 0",
    "pseudonymized/iMampi-google-contacts.csv, 114, 113, 8, 5"
  })
  void importsARealExport(String name, int contacts, int people, int emails, int starred) {
    Path file = Path.of(System.getProperty("needle.shared.data"), "google-contacts", name);
    ImportBatch batch = GoogleContacts.read(file, options());
    assertThat(batch.contacts()).hasSize(contacts);
    assertThat(batch.skipped()).isEmpty();

    Ledger ledger = ContactBatchJson.ledger(tmp);
    ImportWriter writer = new ImportWriter(ledger);
    writer.write(batch);
    List<Person> all = ledger.read(LedgerSession::people);
    assertThat(all).hasSize(people);
    assertThat(all.stream().mapToInt(p -> p.emails().size()).sum()).isEqualTo(emails);
    assertThat(all.stream().filter(p -> p.tags().contains("starred"))).hasSize(starred);
    assertThat(writer.write(GoogleContacts.read(file, options())).changedNothing()).isTrue();
  }
}
