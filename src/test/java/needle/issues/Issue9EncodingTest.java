package needle.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import needle.cli.CliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, item 12: a Latin-1 "Zoë Müller" was stored as "Zo� M�ller" with exit 0, her title lost
 * its level, and a later correct import made a duplicate; item 14: a NUL was stored.
 */
class Issue9EncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path folder;

  private CliAccess cli() {
    return new CliAccess(folder.resolve("n.db").toString(), folder);
  }

  @Test
  void aWindows1252PeopleCsvIsReadAsSuchSaysSoAndMakesNoDuplicateLater() throws IOException {
    CliAccess cli = cli();
    String csv =
        "name,title,company,email\nZoë Müller,Gründerin & CEO,Café Ölmühle,zoe@example.org\n";
    Path latin = Files.write(folder.resolve("latin.csv"), csv.getBytes(WINDOWS_1252));
    Path utf8 = Files.write(folder.resolve("utf8.csv"), csv.getBytes(StandardCharsets.UTF_8));

    CliAccess.Result first = cli.run("import", "people", latin.toString());
    cli.ok("import", "people", utf8.toString());
    String people = cli.ok("people", "--json");

    assertThat(first.exit()).isZero();
    assertThat(first.out() + first.err()).contains("Windows-1252");
    assertThat(people).contains("\"Zoë Müller\"", "Café Ölmühle", "\"level\" : 6");
    assertThat(people.split("\"name\"", -1)).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ledger   | date,person,event,minutes,kind,value,outcome,note\\n2026-01-05,Zoë Müller,time,30,call,,,Kaffee\\n
          linkedin | First Name,Last Name,URL,Email Address,Company,Position,Connected On\\nZoë,Müller,,zoe@example.org,Café,CEO,05 Jan 2026\\n
          google   | Name,Given Name,Family Name,E-mail 1 - Value\\nZoë Müller,Zoë,Müller,zoe@example.org\\n
          """)
  void everyCsvImporterReadsWindows1252(String format, String content) throws IOException {
    CliAccess cli = cli();
    Path file =
        Files.write(
            folder.resolve(format + ".csv"), content.replace("\\n", "\n").getBytes(WINDOWS_1252));

    CliAccess.Result result = cli.run("import", format, file.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(cli.ok("people", "--json")).contains("Zoë Müller").doesNotContain("\uFFFD");
  }

  @Test
  void aNulIsRefusedWithItsLine() throws IOException {
    CliAccess cli = cli();
    Path file =
        Files.writeString(folder.resolve("nul.csv"), "name,title,company,email\nAda\u0000,,,\n");

    CliAccess.Result result = cli.run("import", "people", file.toString());

    assertThat(result.exit()).isNotZero();
    assertThat(result.err()).contains(file + ":2: the file holds a NUL character");
    assertThat(cli.ok("people")).contains("The ledger is empty");
  }

  @Test
  void aHugeCellIsCutInTheMessage() throws IOException {
    CliAccess cli = cli();
    String huge = "x".repeat(1_000_000);
    Path file =
        Files.writeString(
            folder.resolve("huge.csv"), LEDGER + "\n" + huge + ",Ada,time,30,call,,,\n");

    CliAccess.Result result = cli.run("import", "ledger", file.toString());

    assertThat(result.err()).contains("bad date \"" + "x".repeat(79) + "…\"");
    assertThat(result.err().length()).isLessThan(file.toString().length() + 300);
  }

  private static final String LEDGER = "date,person,event,minutes,kind,value,outcome,note";
}
