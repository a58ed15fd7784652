package needle.imports.vcard;

import static needle.imports.ContactBatchJson.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import needle.imports.ContactBatchJson;
import needle.imports.ImportBatch;
import needle.imports.ImportWriter;
import needle.imports.Skipped;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every vCard file under vcf/ (Android, BlackBerry, Evolution, Gmail, iPhone, Lotus Notes, Mac,
 * Outlook, Thunderbird, KDE, SAP and the RFC examples) imports. Counted by hand: {@code grep -ci
 * '^BEGIN:VCARD'} gives 63 cards in 25 files, each with a name, organization or e-mail. In one
 * ledger they are 55 people: the five John Doe cards with john.doe@ibm.com (Evolution, Gmail,
 * iPhone, Lotus, Mac) are one person, the two Outlook 2003 cards of Antoni share an address, the
 * RFC 2426 example appears twice, and Thunderbird's "John Doe" takes BlackBerry's by name. Left out
 * are six values: Android's "ÑÑÑ…" e-mail, SAP's "§" phone and Outlook 2003's four phone
 * placeholders ("BusinessPhone"…); a seventh warning says that SAP's file is read as Windows-1252.
 */
@Tag("acceptance")
class VcardAcceptanceTest {
  @TempDir Path tmp;

  @Test
  void importsEveryVcardFileOfTheSamples() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of(System.getProperty("needle.shared.data"), "vcf"))) {
      files = all.filter(f -> f.toString().endsWith(".vcf")).sorted().toList();
    }
    Ledger ledger = ContactBatchJson.ledger(tmp);
    ImportWriter writer = new ImportWriter(ledger);
    int contacts = 0;
    List<Skipped> skipped = new ArrayList<>();
    for (Path file : files) {
      ImportBatch batch = VcardFile.read(file, options());
      contacts += batch.contacts().size();
      skipped.addAll(batch.skipped());
      writer.write(batch);
    }

    assertThat(files).hasSize(25);
    assertThat(contacts).isEqualTo(63);
    assertThat(skipped).hasSize(7).allMatch(Skipped::warning);
    assertThat(skipped).filteredOn(s -> s.reason().contains("Windows-1252")).hasSize(1);
    assertThat(ledger.read(LedgerSession::people)).hasSize(55);
    Person john = ledger.read(s -> s.personByEmail("john.doe@ibm.com")).orElseThrow();
    assertThat(john.name()).isEqualTo("Mr. John Richter, James Doe Sr.");
    assertThat(john.emails()).contains("billy_bob@gmail.com");
    assertThat(john.company()).isEqualTo("IBM");
    assertThat(john.title()).isEqualTo("Money Counter");
    Optional<Person> gunther = ledger.read(s -> s.person("Günther Blümchen"));
    assertThat(gunther).isPresent();
    // Files that describe one person differently update them in turn (contact sources are the
    // address book: the file read last wins); the same file read again changes nothing.
    for (Path file : files) {
      writer.write(VcardFile.read(file, options()));
      assertThat(writer.write(VcardFile.read(file, options())).changedNothing())
          .as(file.toString())
          .isTrue();
    }
  }
}
