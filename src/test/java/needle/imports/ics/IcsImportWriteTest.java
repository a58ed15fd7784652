package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.ledger.History;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsImportWriteTest {
  @TempDir Path dir;
  Ledger ledger;
  ImportWriter writer;

  @BeforeEach
  void open() {
    ledger = Ledger.open(TestDatabases.sqliteFile(dir));
    writer = new ImportWriter(ledger);
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws Exception {
    Path ics = golden("weekly-with-exceptions.ics");
    ImportResult first = writer.write(IcsImporter.read(ics, IcsImporterGoldenTest.OPTIONS));
    ImportResult second = writer.write(IcsImporter.read(ics, IcsImporterGoldenTest.OPTIONS));

    assertThat(first.created()).containsExactly("Bob Builder");
    assertThat(first.added()).isEqualTo(6);
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.alreadyThere()).isEqualTo(6);
    assertThat(minutes("Bob Builder")).isEqualTo(60 + 30 + 60 + 60 + 60 + 15);
  }

  @Test
  void anOverrideAddedLaterReplacesItsInstanceInsteadOfAddingOne() throws Exception {
    Path before = write("before.ics", weekly(""));
    String moved =
        """
        BEGIN:VEVENT
        UID:w@example.org
        RECURRENCE-ID;TZID=Europe/Berlin:20240115T100000
        DTSTART;TZID=Europe/Berlin:20240116T100000
        DTEND;TZID=Europe/Berlin:20240116T103000
        ORGANIZER:mailto:me@example.org
        ATTENDEE:mailto:bob@example.org
        END:VEVENT
        """;
    Path after = write("after.ics", weekly(moved));
    writer.write(IcsImporter.read(before, IcsImporterGoldenTest.OPTIONS));
    ImportResult again = writer.write(IcsImporter.read(after, IcsImporterGoldenTest.OPTIONS));

    assertThat(again.added()).isZero();
    assertThat(ledger.read(LedgerSession::histories).get(0).time()).hasSize(3);
  }

  @Test
  void attendeesAreMatchedToKnownPeopleByEmailInAnyCase() throws Exception {
    ledger.write(
        s -> s.addPerson(Person.named("Carol Danvers").withEmails(List.of("carol@example.org"))));
    writer.write(IcsImporter.read(golden("attendance.ics"), IcsImporterGoldenTest.OPTIONS));

    assertThat(minutes("Carol Danvers")).isEqualTo(30);
    assertThat(minutes("Alice Liddell")).isEqualTo(30);
    assertThat(ledger.read(LedgerSession::people))
        .extracting(Person::name)
        .doesNotContain("me@example.org");
  }

  private double minutes(String name) {
    return ledger.read(LedgerSession::histories).stream()
        .filter(h -> h.person().name().equals(name))
        .map(History::time)
        .flatMap(List::stream)
        .mapToDouble(t -> t.minutes())
        .sum();
  }

  private static String weekly(String more) {
    return """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Needle tests//EN
        BEGIN:VEVENT
        UID:w@example.org
        DTSTART;TZID=Europe/Berlin:20240108T100000
        DTEND;TZID=Europe/Berlin:20240108T110000
        RRULE:FREQ=WEEKLY;COUNT=3
        ORGANIZER:mailto:me@example.org
        ATTENDEE:mailto:bob@example.org
        END:VEVENT
        """
        + more
        + "END:VCALENDAR\n";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Path golden(String name) throws Exception {
    return Path.of(IcsImportWriteTest.class.getResource(name).toURI());
  }
}
