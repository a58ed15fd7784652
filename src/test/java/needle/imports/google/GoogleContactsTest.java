package needle.imports.google;

import static needle.imports.ContactBatchJson.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import needle.imports.ContactBatchJson;
import needle.imports.ImportException;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoogleContactsTest {
  private static final String EXPECTED =
      " (expected the header Name,Given Name,Additional Name,Family Name,…,E-mail 1 - Value,…,"
          + "Organization 1 - Name,Organization 1 - Title,… (older exports) or First Name,Middle"
          + " Name,Last Name,…,Organization Name,Organization Title,…,Labels,E-mail 1 - Value,…)";

  @TempDir Path tmp;

  static Stream<Path> fixtures() {
    return ContactBatchJson.fixtures("needle/imports/google");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsEachFixtureAsItsGoldenFileSays(Path file) throws IOException {
    ContactBatchJson.assertMatchesGolden(file, GoogleContacts.read(file, options()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void importingAFileTwiceChangesNothingTheSecondTime(Path file) {
    ImportWriter writer = new ImportWriter(ContactBatchJson.ledger(tmp));

    ImportResult first = writer.write(GoogleContacts.read(file, options()));
    ImportResult second = writer.write(GoogleContacts.read(file, options()));

    assertThat(first.created()).isNotEmpty();
    assertThat(second.changedNothing()).as(second.toString()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Name,E-mail 1 - Value\\nAda,ada@example.org\\nGrace,grace@example.org,extra \
          | 3: 3 values, but the header has 2 columns (expected one value per column; quote \
          values that contain commas)
          First Name,Last Name,Labels\\nAda,"Love"lace,\\n \
          | 2: the CSV is malformed
          Given Name,Family Name\\nAda,Lovelace \
          | 1: the header lacks Name
          '' \
          | 1: the file is empty
          """)
  void aMalformedFileIsRefusedWithItsLine(String content, String problem) throws IOException {
    Path file = Files.writeString(tmp.resolve("contacts.csv"), content.replace("\\n", "\n"));

    assertThatThrownBy(() -> GoogleContacts.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ":" + problem)
        .satisfies(
            e -> {
              if (problem.contains("header lacks") || problem.contains("empty")) {
                assertThat(e).hasMessageEndingWith(EXPECTED);
              }
            });
  }
}
