package needle.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import needle.imports.ImportOptions;
import needle.imports.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each x.ics in the test folder imports to the entries and skips of x.expected.json. */
class IcsImporterGoldenTest {
  static final ImportOptions OPTIONS =
      new ImportOptions(
          List.of("me@example.org"), LocalDate.parse("2024-12-31"), "split", 10, Progress.NONE);

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path folder = Path.of(IcsImporterGoldenTest.class.getResource(".").toURI());
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void importsAsExpected(Path ics) throws IOException {
    JsonNode actual = Golden.render(IcsImporter.read(ics, OPTIONS));
    Path expected = Path.of(ics.toString().replace(".ics", ".expected.json"));
    if (Boolean.getBoolean("needle.golden.write")) {
      Files.writeString(
          Path.of("src/test/resources/needle/imports/ics").resolve(expected.getFileName()),
          Golden.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    assertThat(actual).isEqualTo(Golden.JSON.readTree(expected.toFile()));
  }
}
