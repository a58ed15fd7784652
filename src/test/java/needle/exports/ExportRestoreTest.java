package needle.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.cli.CliAccess;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export json, restore and export again give the same document; csv and vcard come out clean. */
class ExportRestoreTest {
  @TempDir Path folder;

  private CliAccess ledgerWithEverything(String db) {
    CliAccess cli = new CliAccess(db, folder);
    cli.ok(
        "person",
        "add",
        "Greta Alvarez",
        "--title",
        "Senior Director",
        "--company",
        "Northwind",
        "--email",
        "greta@northwind.example",
        "--phone",
        "+1 555 0100",
        "--tag",
        "sponsor",
        "--notes",
        "=HYPERLINK(\"http://evil.example\")",
        "--cadence",
        "60",
        "--met",
        "2024-05-01",
        "--level",
        "5");
    cli.ok("person", "add", "Kyle");
    cli.ok(
        "log",
        "time",
        "Greta Alvarez",
        "--minutes",
        "45",
        "--channel",
        "coffee",
        "--on",
        "2026-09-02",
        "--note",
        "career talk");
    cli.ok("log", "got", "Greta Alvarez", "--kind", "promotion", "--on", "2026-10-01");
    cli.ok(
        "log",
        "gave",
        "Kyle",
        "--kind",
        "tool",
        "--value",
        "2.5",
        "--on",
        "2026-10-02",
        "--note",
        "-1 trick");
    String id = cli.ok("ask", "Kyle", "--for", "+1 on my RFC", "--on", "2026-10-03").trim();
    cli.ok("ask", "resolve", id, "declined", "--on", "2026-10-04");
    cli.ok("ask", "Greta Alvarez", "--for", "@mention me", "--from-them", "--on", "2026-10-05");
    cli.ok("me", "name", "Ada Lovelace");
    cli.ok("me", "add", "ada@example.org");
    return cli;
  }

  @Test
  void exportRestoreExportIsTheIdentity() throws Exception {
    CliAccess original = ledgerWithEverything(folder.resolve("a.db").toString());
    String first = original.ok("export", "json");
    Path backup = Files.writeString(folder.resolve("backup.json"), first);
    CliAccess copy = new CliAccess(folder.resolve("b.db").toString(), folder);

    copy.ok("restore", backup.toString());

    assertThat(first).contains("\"typed\" : [ \"name\", \"title\", \"company\" ]");
    assertThat(first).contains("\"emails\" : [ \"ada@example.org\" ]");
    assertThat(copy.ok("me")).contains("Ada Lovelace").contains("ada@example.org");
    assertThat(copy.ok("export", "json")).isEqualTo(first);
    assertThat(copy.ok("rank", "--json")).isEqualTo(original.ok("rank", "--json"));
  }

  @Test
  void mailFactsAndReplyRatesSurviveARestore() throws Exception {
    CliAccess original = new CliAccess(folder.resolve("a.db").toString(), folder);
    String mbox = "src/test/resources/needle/imports/mbox/";
    original.ok(
        "import", "mbox", mbox + "sent.mbox", mbox + "inbox.mbox", "--me", "me@example.org");
    String first = original.ok("export", "json");
    Path backup = Files.writeString(folder.resolve("backup.json"), first);
    CliAccess copy = new CliAccess(folder.resolve("b.db").toString(), folder);

    copy.ok("restore", backup.toString());

    assertThat(first).contains("\"mail\" : [ {");
    assertThat(copy.ok("export", "json")).isEqualTo(first);
    assertThat(copy.ok("rank", "--json")).isEqualTo(original.ok("rank", "--json"));
  }

  @Test
  void aBackupMovesFromSqliteToPostgresAndBack() throws Exception {
    CliAccess sqlite = ledgerWithEverything(folder.resolve("a.db").toString());
    String first = sqlite.ok("export", "json");
    Path backup = Files.writeString(folder.resolve("backup.json"), first);
    CliAccess postgres = new CliAccess(TestDatabases.postgresDatabase().url(), folder);

    postgres.ok("restore", backup.toString());
    String id = postgres.ok("ask", "Kyle", "--for", "after the restore").trim();

    assertThat(postgres.ok("export", "json")).contains("\"text\" : \"after the restore\"");
    assertThat(Long.parseLong(id))
        .as("ids go on after the five restored entries (time, value and asks share one count)")
        .isEqualTo(6);
    postgres.ok("restore", backup.toString(), "--replace");
    assertThat(postgres.ok("export", "json")).isEqualTo(first);
  }

  @Test
  void restoreRefusesANonEmptyLedgerUnlessReplace() throws Exception {
    CliAccess cli = ledgerWithEverything(folder.resolve("a.db").toString());
    Path backup = Files.writeString(folder.resolve("backup.json"), cli.ok("export", "json"));
    cli.ok("person", "add", "Added Later");

    CliAccess.Result refused = cli.run("restore", backup.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err())
        .contains("is not empty (3 people): restore into an empty ledger, or pass --replace");

    cli.ok("restore", backup.toString(), "--replace");
    assertThat(cli.ok("people")).doesNotContain("Added Later").contains("Greta Alvarez");
  }

  @Test
  void aRestoredLedgerKeepsAcceptingNewEntriesAndAsks() throws Exception {
    CliAccess original = ledgerWithEverything(folder.resolve("a.db").toString());
    Path backup = Files.writeString(folder.resolve("backup.json"), original.ok("export", "json"));
    CliAccess copy = new CliAccess(folder.resolve("b.db").toString(), folder);
    copy.ok("restore", backup.toString());

    String id = copy.ok("ask", "Kyle", "--for", "a new ask").trim();

    assertThat(Long.parseLong(id)).isGreaterThan(2);
  }

  @Test
  void aFileThatIsNotABackupIsRefusedWithItsLine() throws Exception {
    Path broken =
        Files.writeString(
            folder.resolve("broken.json"),
            "{\n  \"format\": \"needle-backup\",\n  \"people\": [ {\n}");
    Path other = Files.writeString(folder.resolve("other.json"), "{\"hello\": 1}");
    CliAccess cli = new CliAccess(folder.resolve("c.db").toString(), folder);

    assertThat(cli.run("restore", broken.toString()).err())
        .contains(broken + ":4: not a Needle backup: the text is not valid JSON here");
    assertThat(cli.run("restore", other.toString()).err())
        .contains(
            other + ":1: not a Needle backup (expected a file written by needle export json)");
    assertThat(cli.ok("people")).contains("The ledger is empty");
  }

  @Test
  void csvExportNeutralisesFormulaCells() throws Exception {
    CliAccess cli = ledgerWithEverything(folder.resolve("a.db").toString());
    Path out = folder.resolve("csv");

    cli.ok("export", "csv", "--out", out.toString());

    assertThat(Files.readString(out.resolve("people.csv")))
        .startsWith("name,title,company,email,phone,linkedin,tags,notes,level,cadence,first_met")
        .contains("'=HYPERLINK")
        .contains("'+1 555 0100");
    assertThat(Files.readString(out.resolve("values.csv"))).contains("'-1 trick");
    assertThat(Files.readString(out.resolve("asks.csv")))
        .contains("'+1 on my RFC")
        .contains("'@mention me");
    assertThat(Files.readString(out.resolve("time.csv")))
        .contains("2026-09-02,Greta Alvarez,45.0,coffee,career talk,cli");
  }

  @Test
  void vcardExportIsVersion4WithTheDetails() {
    CliAccess cli = ledgerWithEverything(folder.resolve("a.db").toString());

    String vcards = cli.ok("export", "vcard");

    assertThat(vcards)
        .contains(
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Greta Alvarez",
            "EMAIL:greta@northwind.example",
            "TITLE:Senior Director",
            "ORG:Northwind",
            "CATEGORIES:sponsor",
            "FN:Kyle");
  }
}
