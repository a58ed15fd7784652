package needle.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.ledger.History;
import needle.ledger.Kind;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvImportTest {
  @TempDir Path folder;
  Ledger ledger;
  ImportWriter writer;

  @BeforeEach
  void emptyLedger() {
    ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    writer = new ImportWriter(ledger);
  }

  static Path fixture(String name) {
    return Path.of("src/test/resources/needle/imports/csv", name);
  }

  @Test
  void peopleCsvCreatesPeopleWithTheirDetails() {
    ImportResult result = writer.write(PeopleCsv.read(fixture("people.csv")));

    assertThat(result.created())
        .containsExactly("Greta Alvarez", "Kyle Morgan", "Natarajan, Priya");
    Person greta = ledger.read(s -> s.requirePerson("greta alvarez"));
    assertThat(greta.title()).isEqualTo("Senior Director of Engineering");
    assertThat(greta.level().rank()).isEqualTo(4);
    assertThat(greta.linkedin()).isEqualTo("https://www.linkedin.com/in/greta-alvarez");
    assertThat(greta.tags()).containsExactly("sponsor", "northwind");
    assertThat(greta.phones()).containsExactly("+1 555 0100");
    assertThat(ledger.read(s -> s.requirePerson("Natarajan, Priya")).emails())
        .containsExactly("priya@northwind.example", "priya@home.example");
  }

  @Test
  void importingTheSameFilesTwiceChangesNothing() {
    writer.write(PeopleCsv.read(fixture("people.csv")));
    writer.write(LedgerCsv.read(fixture("ledger.csv")));
    List<History> before = ledger.read(LedgerSession::histories);

    ImportResult people = writer.write(PeopleCsv.read(fixture("people.csv")));
    ImportResult entries = writer.write(LedgerCsv.read(fixture("ledger.csv")));

    assertThat(people.changedNothing()).isTrue();
    assertThat(entries.changedNothing()).isTrue();
    assertThat(entries.alreadyThere()).isEqualTo(8);
    assertThat(ledger.read(LedgerSession::histories)).isEqualTo(before);
  }

  @Test
  void ledgerCsvAddsEveryRowAndCreatesUnknownPeople() {
    writer.write(PeopleCsv.read(fixture("people.csv")));

    ImportResult result = writer.write(LedgerCsv.read(fixture("ledger.csv")));

    assertThat(result.created()).containsExactly("Omar Haddad", "Priya Natarajan");
    assertThat(result.added()).isEqualTo(8);
    History greta = ledger.read(s -> s.history(s.requirePerson("Greta Alvarez")));
    assertThat(greta.time())
        .singleElement()
        .satisfies(t -> assertThat(t.channel().label()).isEqualTo("coffee"));
    assertThat(greta.values()).extracting(v -> v.kind()).containsExactly(Kind.PROMOTION, Kind.TOOL);
    assertThat(greta.values().get(1).points()).isEqualTo(4.5);
    assertThat(greta.asks())
        .singleElement()
        .satisfies(a -> assertThat(a.outcome().label()).isEqualTo("granted"));
    History omar = ledger.read(s -> s.history(s.requirePerson("Omar Haddad")));
    assertThat(omar.time()).as("two identical rows are two entries").hasSize(2);
    assertThat(omar.asks().get(0).direction().label()).isEqualTo("was-asked");
  }

  @Test
  void aBadRowStopsTheFileAndKeepsNothingOfIt() {
    assertThatThrownBy(() -> writer.write(LedgerCsv.read(fixture("ledger-bad-date.csv"))))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            fixture("ledger-bad-date.csv")
                + ":4: bad date \"2026-13-40\" (expected YYYY-MM-DD, e.g. 2026-03-31)");

    assertThat(ledger.read(LedgerSession::people)).isEmpty();
  }

  @Test
  void anUnknownEventNamesTheRowAndTheExpectedEvents() {
    assertThatThrownBy(() -> LedgerCsv.read(fixture("ledger-bad-event.csv")))
        .hasMessage(
            fixture("ledger-bad-event.csv")
                + ":2: unknown event \"gaveth\" (expected time, gave, got, joint, asked, was-asked)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      name,title\\n,CEO                                   | people | :2: the name is empty (expected a name in the name column)
      title,company\\nCEO,Acme                            | people | :1: the header lacks name (expected the header name,title,company,email)
      ''                                                  | people | :1: the file is empty
      date,person,event\\n2026-01-01,,time                | ledger | :2: the person is empty
      date,person,event,minutes\\n2026-01-01,A,time,-5    | ledger | :2: minutes -5 is negative (expected 0 or more)
      date,person,event,minutes\\n2026-01-01,A,time,half  | ledger | :2: bad minutes "half" (expected a number of minutes, e.g. 30)
      date,person,event,kind\\n2026-01-01,A,gave,         | ledger | :2: the kind is empty
      date,person,event,kind,value\\n2026-01-01,A,gave,job,x | ledger | :2: bad value "x"
      date,person,event,outcome\\n2026-01-01,A,asked,maybe | ledger | :2: unknown outcome "maybe" (expected open, granted, declined, answered, ignored)
      date,person,event,outcome\\n2026-01-01,A,time,granted | ledger | :2: an outcome is only for asked and was-asked rows
      date,person,event\\n2026-01-01,A,time,extra,more    | ledger | :2: 5 values, but the header has 3 columns
      date,person,event\\n"2026-01-01,A,time              | ledger | :2: the CSV is malformed
      """)
  void badFilesAreRefusedWithTheirLine(String content, String format, String message)
      throws Exception {
    Path file =
        Files.writeString(folder.resolve("in.csv"), content.replace("\\n", "\n").replace("''", ""));

    assertThatThrownBy(
            () -> (format.equals("people") ? PeopleCsv.read(file) : LedgerCsv.read(file)).entries())
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(message);
  }

  @Test
  void aBadEmailInAPeopleRowIsAWarningAndTheRestOfTheRowIsKept() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("people.csv"), "name,email\nAda,not-an-address;ada@example.org\n");

    ImportBatch batch = PeopleCsv.read(file);

    assertThat(batch.contacts())
        .singleElement()
        .satisfies(c -> assertThat(c.emails()).containsExactly("ada@example.org"));
    assertThat(batch.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.warning()).isTrue();
              assertThat(s.toString())
                  .isEqualTo(
                      file
                          + ":2: \"not-an-address\" is not an e-mail address (expected e.g."
                          + " ada@example.org); left out, the rest of the row is kept");
            });
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = folder.resolve("nope.csv");

    assertThatThrownBy(() -> PeopleCsv.read(missing))
        .hasMessage(missing + ": no such file (check the path)");
  }
}
