package needle.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import needle.NeedleException;
import needle.cli.CliAccess;
import needle.exports.SafeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, items 9 and 14: exports were 0644 in a 0755 folder, a kill during {@code export json}
 * left an invalid backup, and a full disk destroyed the previous one (csv and vcard left empty
 * files).
 */
class Issue9AtomicExportTest {
  @TempDir Path folder;

  @Test
  void aFullDiskDuringAnExportKeepsThePreviousBackupWholeAndLeavesNoPartialFile()
      throws IOException {
    Path backup = Files.writeString(folder.resolve("backup.json"), "{\"the\": \"good one\"}\n");

    assertThatThrownBy(
            () ->
                SafeFile.write(
                    backup,
                    out -> {
                      out.write("{\"half\": ");
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(NeedleException.class)
        .hasMessage(
            "cannot write "
                + backup
                + ": the disk is full (free some space, or choose another --out) (the file there"
                + " before, if any, is kept)");
    assertThat(backup).hasContent("{\"the\": \"good one\"}");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(backup);
    }
  }

  @Test
  void everyExportIsReadableByItsOwnerOnly() throws IOException {
    CliAccess cli = new CliAccess(folder.resolve("n.db").toString(), folder);
    cli.ok("person", "add", "Ada Lovelace", "--email", "ada@example.org");
    Path json = folder.resolve("backup.json");
    Path vcard = folder.resolve("people.vcf");
    Path csv = folder.resolve("csv");

    cli.ok("export", "json", "--out", json.toString());
    cli.ok("export", "json", "--out", json.toString());
    cli.ok("export", "vcard", "--out", vcard.toString());
    cli.ok("export", "csv", "--out", csv.toString());

    assertThat(mode(json)).isEqualTo("rw-------");
    assertThat(mode(vcard)).isEqualTo("rw-------");
    assertThat(mode(csv)).isEqualTo("rwx------");
    assertThat(mode(csv.resolve("people.csv"))).isEqualTo("rw-------");
    assertThat(json).content().contains("Ada Lovelace");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
