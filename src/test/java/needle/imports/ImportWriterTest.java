package needle.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import needle.imports.csv.LedgerCsv;
import needle.imports.mbox.MailImport;
import needle.ledger.History;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import writer's batches, on SQLite and on PostgreSQL: counts, idempotence, all-or-nothing.
 */
class ImportWriterTest {
  @TempDir Path folder;

  static Stream<Arguments> engines() {
    Function<Path, Location> sqlite = TestDatabases::sqliteFile;
    Function<Path, Location> postgres = folder -> TestDatabases.postgresDatabase();
    return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("postgresql", postgres));
  }

  /** A ledger CSV of {@code rows} rows over {@code people} people, a few batches long. */
  private Path ledgerCsv(int rows, int people, String lastRow) throws IOException {
    StringBuilder csv = new StringBuilder(LedgerCsv.HEADER + "\n");
    for (int i = 0; i < rows; i++) {
      String who = "Person " + i % people;
      csv.append(
          switch (i % 3) {
            case 0 -> "2026-01-02," + who + ",time,30,call,,,sync " + i;
            case 1 -> "2026-01-03," + who + ",gave,,advice,,,tip " + i;
            default -> "2026-01-04," + who + ",asked,,,,granted,review " + i;
          });
      csv.append('\n');
    }
    csv.append(lastRow);
    return Files.writeString(folder.resolve("ledger.csv"), csv);
  }

  private static int entries(Ledger ledger) {
    return ledger.read(LedgerSession::histories).stream()
        .mapToInt(h -> h.time().size() + h.values().size() + h.asks().size())
        .sum();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aFileOfSeveralBatchesIsWrittenOnceAndCountedExactly(
      String engine, Function<Path, Location> location) throws IOException {
    Ledger ledger = Ledger.open(location.apply(folder));
    ledger.write(s -> s.addPerson(Person.named("person 7")));
    Path file = ledgerCsv(ImportWriter.BATCH * 2 + 500, 40, "");
    ImportWriter writer = new ImportWriter(ledger);

    ImportResult first = writer.write(LedgerCsv.feed(file, Progress.NONE));
    ImportResult again = writer.write(LedgerCsv.feed(file, Progress.NONE));

    assertThat(first.created()).hasSize(39).doesNotContain("Person 7", "person 7");
    assertThat(first.added()).isEqualTo(ImportWriter.BATCH * 2 + 500);
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.alreadyThere()).isEqualTo(ImportWriter.BATCH * 2 + 500);
    assertThat(entries(ledger)).isEqualTo(ImportWriter.BATCH * 2 + 500);
    assertThat(ledger.read(LedgerSession::people)).hasSize(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aBadRowAfterBatchesWereWrittenKeepsNothingOfTheFile(
      String engine, Function<Path, Location> location) throws IOException {
    Ledger ledger = Ledger.open(location.apply(folder));
    int rows = ImportWriter.BATCH * 2 + 10;
    Path file = ledgerCsv(rows, 40, "2026-13-01,Ada,time,30,,,,\n");

    assertThatThrownBy(() -> new ImportWriter(ledger).write(LedgerCsv.feed(file, Progress.NONE)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ":" + (rows + 2) + ": bad date \"2026-13-01\"");
    assertThat(ledger.read(LedgerSession::people)).isEmpty();
    assertThat(entries(ledger)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void peopleAreMatchedByEmailThenLinkedinThenNameAndGainWhatTheyLacked(
      String engine, Function<Path, Location> location) {
    Ledger ledger = Ledger.open(location.apply(folder));
    ledger.update(
        s -> {
          s.addPerson(Person.named("Ada Lovelace").withEmails(List.of("ada@example.org")));
          s.addPerson(Person.named("Grace").toBuilder().linkedin("https://x/in/grace").build());
          s.addPerson(Person.named("Alan Turing"));
        });
    List<Contact> contacts =
        List.of(
            contact("Countess Lovelace", "ADA@example.org", null, "Analyst"),
            contact("Grace Hopper", null, "https://x/in/grace", "Admiral"),
            contact("alan turing", "alan@example.org", null, null),
            contact("Edsger Dijkstra", "ada@example.org", null, null));
    ImportBatch batch = new ImportBatch("people-csv", "people.csv", contacts, List.of(), List.of());

    ImportResult result = new ImportWriter(ledger).write(batch);

    assertThat(result.created()).isEmpty();
    assertThat(result.updated()).containsExactly("Ada Lovelace", "Grace", "Alan Turing");
    Person ada = ledger.read(s -> s.requirePerson("Ada Lovelace"));
    assertThat(ada.title()).isEqualTo("Analyst");
    assertThat(ledger.read(s -> s.requirePerson("Grace")).title()).isEqualTo("Admiral");
    assertThat(nameOf(ledger, "alan@example.org")).isEqualTo("Alan Turing");
  }

  private static String nameOf(Ledger ledger, String email) {
    return ledger.read(s -> s.personByEmail(email).map(Person::name).orElse(null));
  }

  private static Contact contact(String name, String email, String linkedin, String title) {
    return new Contact(
        name,
        title,
        null,
        email == null ? List.of() : List.of(email),
        List.of(),
        linkedin,
        null,
        List.of(),
        null,
        1);
  }

  /** My message to bob, who had no name until his reply came further on in the file. */
  private Path mailboxWhereBobsNameComesLater() throws IOException {
    return Files.writeString(
        folder.resolve("mail.mbox"),
        """
        From me@example.org Mon Mar  2 09:00:00 2026
        From: Me <me@example.org>
        To: bob@example.org
        Date: Mon, 2 Mar 2026 09:00:00 +0000
        Message-ID: <1@example.org>
        Subject: Lunch

        Shall we?

        From bob@example.org Mon Mar  2 10:00:00 2026
        From: Bob Stone <bob@example.org>
        To: me@example.org
        Date: Mon, 2 Mar 2026 10:00:00 +0000
        Message-ID: <2@example.org>
        In-Reply-To: <1@example.org>
        Subject: Re: Lunch

        Yes.
        """);
  }

  private static ImportOptions me() {
    return new ImportOptions(
        List.of("me@example.org"), LocalDate.of(2026, 4, 1), "split", 10, Progress.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aNameLearnedLaterInTheFileIsThePersonsName(String engine, Function<Path, Location> location)
      throws IOException {
    Ledger ledger = Ledger.open(location.apply(folder));
    Path mbox = mailboxWhereBobsNameComesLater();

    ImportResult result = new ImportWriter(ledger).write(MailImport.feed(mbox, me(), guess -> {}));

    assertThat(result.created()).containsExactly("Bob Stone");
    assertThat(result.messagesRecorded()).isEqualTo(2);
    assertThat(nameOf(ledger, "bob@example.org")).isEqualTo("Bob Stone");
    assertThat(MailImport.read(mbox, me()).batch().contacts())
        .extracting(Contact::name)
        .containsExactly("Bob Stone");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aNameLearnedLaterJoinsThePersonAlreadyCalledSo(
      String engine, Function<Path, Location> location) throws IOException {
    Ledger ledger = Ledger.open(location.apply(folder));
    ledger.write(s -> s.addPerson(Person.named("Bob Stone")));
    Path mbox = mailboxWhereBobsNameComesLater();

    ImportResult result = new ImportWriter(ledger).write(MailImport.feed(mbox, me(), guess -> {}));

    assertThat(result.created()).isEmpty();
    assertThat(result.updated()).containsExactly("Bob Stone");
    assertThat(ledger.read(LedgerSession::people))
        .extracting(Person::name)
        .containsExactly("Bob Stone");
    History history = ledger.read(s -> s.history(s.requirePerson("Bob Stone")));
    assertThat(history.person().emails()).containsExactly("bob@example.org");
    assertThat(history.time()).extracting(TimeEntry::minutes).containsExactly(5.0);
  }
}
