package needle.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import needle.imports.formats.Importers;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-importing a corrected contact file corrects the ledger (DESIGN §4, merging updates), for each
 * contact source and on both engines. Each folder of {@code needle/merging} holds the file first
 * imported, its corrected version and the exact people expected after both; before them the ledger
 * holds one person that mail created under their address, who takes the name the file gives.
 */
class MergingUpdatesTest {
  @TempDir Path folder;

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (String engine : List.of("sqlite", "postgresql")) {
      all.add(Arguments.of("people", "csv", engine));
      all.add(Arguments.of("vcard", "vcf", engine));
      all.add(Arguments.of("google", "csv", engine));
      all.add(Arguments.of("linkedin", "csv", engine));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void aCorrectedFileCorrectsTheLedger(String format, String ext, String engine)
      throws IOException, URISyntaxException {
    Ledger ledger =
        Ledger.open(
            engine.equals("sqlite")
                ? TestDatabases.sqliteFile(folder)
                : TestDatabases.postgresDatabase());
    ledger.write(
        s ->
            s.addPeople(
                List.of(
                    Person.named("mark.taylor@enron.example").toBuilder()
                        .emails(List.of("mark.taylor@enron.example"))
                        .sources(List.of("mbox"))
                        .build())));
    Path dir = Path.of(getClass().getResource("/needle/merging/" + format).toURI());

    import_(ledger, format, dir.resolve("first." + ext));
    ImportResult corrected = import_(ledger, format, dir.resolve("corrected." + ext));
    ImportResult again = import_(ledger, format, dir.resolve("corrected." + ext));

    String actual =
        "created: "
            + String.join(", ", corrected.created())
            + "\nupdated: "
            + String.join(", ", corrected.updated())
            + "\n"
            + ledger.read(LedgerSession::people).stream()
                .map(MergingUpdatesTest::line)
                .collect(Collectors.joining("\n"))
            + "\n";
    assertThat(actual)
        .isEqualTo(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8));
    assertThat(again.changedNothing()).isTrue();
  }

  private static ImportResult import_(Ledger ledger, String format, Path file) {
    ImportOptions options =
        new ImportOptions(List.of(), LocalDate.of(2026, 3, 2), "split", 10, Progress.NONE);
    ImportFeed feed =
        Importers.find(format).orElseThrow().reader().read(file, options, guess -> {});
    return new ImportWriter(ledger).write(feed);
  }

  /** A person as the expected files write them, one line each. */
  static String line(Person p) {
    return String.join(
        " | ",
        p.name(),
        "level " + p.level().rank(),
        "title " + p.title(),
        "company " + p.company(),
        "emails " + String.join(", ", p.emails()),
        "phones " + String.join(", ", p.phones()),
        "linkedin " + p.linkedin(),
        "tags " + String.join(", ", p.tags()),
        "notes " + p.notes());
  }
}
