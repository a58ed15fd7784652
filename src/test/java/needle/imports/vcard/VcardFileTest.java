package needle.imports.vcard;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VcardFileTest {
  @TempDir Path tmp;

  static Stream<Path> fixtures() {
    return ContactBatchJson.fixtures("needle/imports/vcard");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsEachFixtureAsItsGoldenFileSays(Path file) throws IOException {
    ContactBatchJson.assertMatchesGolden(file, VcardFile.read(file, options()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void importingAFileTwiceChangesNothingTheSecondTime(Path file) {
    ImportWriter writer = new ImportWriter(ContactBatchJson.ledger(tmp));

    ImportResult first = writer.write(VcardFile.read(file, options()));
    ImportResult second = writer.write(VcardFile.read(file, options()));

    assertThat(first.created()).isNotEmpty();
    assertThat(second.changedNothing()).as(second.toString()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Dear Ada,\\nthanks for the notes.\\n \
          | 1: no vCard in the file (expected BEGIN:VCARD, properties such as FN:Ada Lovelace, \
          then END:VCARD)
          '' \
          | 1: no vCard in the file (expected BEGIN:VCARD, properties such as FN:Ada Lovelace, \
          then END:VCARD)
          BEGIN:VCARD\\nFN:Ada\\nEND:VCARD\\nBEGIN:VCARD\\nVERSION:3.0\\nFN:Grace\\n \
          | 4: this vCard has no END:VCARD (expected every BEGIN:VCARD to be closed; was the file \
          cut short?)
          BEGIN:VCARD\\nVERSION:3.0\\nFN:Ada\\nthis line is garbage\\nEND:VCARD\\n \
          | 4: a line without a colon (expected NAME:VALUE lines such as EMAIL:ada@example.org \
          between BEGIN:VCARD and END:VCARD)
          """)
  void aFileThatIsNoVcardIsRefusedWithItsLine(String content, String problem) throws IOException {
    Path file = Files.writeString(tmp.resolve("contacts.vcf"), content.replace("\\n", "\n"));

    assertThatThrownBy(() -> VcardFile.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + problem);
  }

  @Test
  void aBinaryFileIsNoVcardEither() throws IOException {
    Path file =
        Files.write(tmp.resolve("photo.vcf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

    assertThatThrownBy(() -> VcardFile.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ":1: the file holds a NUL character, so it is binary");
  }

  @Test
  void aMissingFileIsReportedAsSuch() {
    Path file = tmp.resolve("nobody.vcf");

    assertThatThrownBy(() -> VcardFile.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ": no such file (check the path)");
  }
}
