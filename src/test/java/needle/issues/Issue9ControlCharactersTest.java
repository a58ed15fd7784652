package needle.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import needle.cli.CliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 10: a vCard name with escape sequences changed the terminal's title and colours and
 * printed a fake row in {@code needle people}.
 */
class Issue9ControlCharactersTest {
  private static final String ATTACK = "Eve\u001b]0;pwned\u0007\u001b[31m\r\nFake Row  CEO";

  @TempDir Path folder;

  @Test
  void anImportedNameLosesItsControlCharacters() throws IOException {
    CliAccess cli = new CliAccess(folder.resolve("n.db").toString(), folder);
    Path card =
        Files.writeString(
            folder.resolve("eve.vcf"),
            "BEGIN:VCARD\nVERSION:3.0\nFN:" + ATTACK.replace("\r\n", "\\n") + "\nEND:VCARD\n");

    cli.ok("import", "vcard", card.toString());
    String people = cli.ok("people", "--json");

    assertThat(people).contains("Eve]0;pwned[31m Fake Row  CEO").doesNotContain("\\u001b");
  }

  @Test
  void aNameTypedWithControlCharactersIsShownEscapedNotObeyed() {
    CliAccess cli = new CliAccess(folder.resolve("n.db").toString(), folder);
    cli.ok("person", "add", ATTACK);

    String table = cli.ok("people");
    String json = cli.ok("people", "--json");

    assertThat(table).doesNotContain("\u001b", "\u0007", "\r").contains("Eve\\u001b]0;pwned");
    assertThat(table.lines()).hasSize(2);
    assertThat(json).doesNotContain("\u001b", "\u0007");
  }
}
