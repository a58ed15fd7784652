package needle.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import needle.cli.CliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 14: restore dropped an unknown section silently, refused a BOM but accepted
 * trailing garbage, said "Input length = 1" for a binary file, and named no row on a constraint.
 */
class Issue9RestoreTest {
  @TempDir Path folder;

  private String backup() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/needle/exports/backup.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private CliAccess.Result restore(String name, byte[] content) throws IOException {
    Path file = Files.write(folder.resolve(name), content);
    CliAccess cli = new CliAccess(folder.resolve(name + ".db").toString(), folder);
    CliAccess.Result result = cli.run("restore", file.toString());
    if (result.exit() != 0) {
      assertThat(cli.ok("people")).contains("The ledger is empty");
    }
    return result;
  }

  private CliAccess.Result restore(String name, String content) throws IOException {
    return restore(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSoundBackupWithAByteOrderMarkIsRestored() throws IOException {
    CliAccess.Result result = restore("bom.json", "\uFEFF" + backup());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("Restored 2 people");
  }

  @Test
  void anUnknownSectionIsRefusedAsTheWorkOfANewerNeedle() throws IOException {
    String newer = backup().replace("\"mail\" :", "\"groups\" : [ ],\n  \"mail\" :");

    CliAccess.Result result = restore("newer.json", newer);

    assertThat(result.err())
        .contains("newer.json:72: the backup holds a section \"groups\"")
        .contains("a newer Needle wrote it");
  }

  @Test
  void trailingGarbageIsRefused() throws IOException {
    CliAccess.Result result = restore("trailing.json", backup() + "{\"people\": []}\n");

    assertThat(result.err()).contains("trailing.json:83: more follows the end of the backup");
  }

  @Test
  void aBinaryFileIsCalledBinary() throws IOException {
    CliAccess.Result result =
        restore("photo.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, 0, 0, 13});

    assertThat(result.err())
        .contains("photo.json:2: the file holds a NUL character, so it is binary");
  }

  @Test
  void aRowThatBreaksAConstraintIsNamed() throws IOException {
    String twice = backup().replace("\"Bob Example\"", "\"ada lovelace\"");

    CliAccess.Result result = restore("twice.json", twice);

    assertThat(result.err())
        .contains("twice.json:18: people row 2: \"ada lovelace\" is already row 1");
  }
}
