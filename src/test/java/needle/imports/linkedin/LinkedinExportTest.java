package needle.imports.linkedin;

import static needle.imports.ContactBatchJson.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import needle.imports.ContactBatchJson;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LinkedinExportTest {
  @TempDir Path tmp;

  static Stream<Path> fixtures() {
    return ContactBatchJson.fixtures("needle/imports/linkedin");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsEachFixtureAsItsGoldenFileSays(Path file) throws IOException {
    ContactBatchJson.assertMatchesGolden(file, LinkedinExport.read(file, options()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void importingAFileTwiceChangesNothingTheSecondTime(Path file) {
    ImportWriter writer = new ImportWriter(ContactBatchJson.ledger(tmp));
    ImportBatch batch = LinkedinExport.read(file, options());

    ImportResult first = writer.write(batch);
    ImportResult second = writer.write(LinkedinExport.read(file, options()));

    assertThat(first.changedNothing()).isFalse();
    assertThat(second.changedNothing()).as(second.toString()).isTrue();
    long entries = batch.entries().stream().filter(e -> !(e instanceof Entry.Found)).count();
    assertThat(second.alreadyThere()).isEqualTo(entries);
  }

  @Test
  void connectionsMessagesAndInvitationsMeetInOnePersonByProfileUrl() {
    Ledger ledger = ContactBatchJson.ledger(tmp);
    ImportWriter writer = new ImportWriter(ledger);
    for (String name : new String[] {"connections-2024.csv", "messages-9-columns.csv"}) {
      Path file = ContactBatchJson.resource("needle/imports/linkedin/" + name);
      writer.write(LinkedinExport.read(file, options()));
    }

    Person grace = ledger.read(s -> s.person("Grace Hopper")).orElseThrow();
    assertThat(grace.linkedin()).isEqualTo("https://www.linkedin.com/in/grace-hopper");
    assertThat(grace.title()).isEqualTo("Director, Programming Languages");
    assertThat(ledger.read(s -> s.history(grace)).time())
        .singleElement()
        .satisfies(t -> assertThat(t.minutes()).isEqualTo(2.5));
    assertThat(ledger.read(LedgerSession::people)).hasSize(3);
  }

  @Test
  void theOwnerOfOneConversationIsTakenFromMeByNameOrProfileUrl() throws IOException {
    Path file =
        write(
            "messages.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                + "DATE,SUBJECT,CONTENT,FOLDER",
            "c1,,Sam Owner,https://www.linkedin.com/in/sam-owner/,Ada Lovelace,"
                + "https://www.linkedin.com/in/ada,2024-03-01 09:15:00 UTC,,Hello,INBOX",
            "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Sam Owner,"
                + "https://www.linkedin.com/in/sam-owner,2024-03-02 09:15:00 UTC,,Hi,INBOX");

    assertThatThrownBy(() -> LinkedinExport.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ": cannot tell which participant is you: \"sam owner\" and \"ada lovelace\" take"
                + " part in as many conversations (1) (say which is you: your name as LinkedIn"
                + " shows it with me name, or your profile URL with me add, on the command line or"
                + " the settings page)");
    for (String me : new String[] {"Sam Owner", "http://linkedin.com/in/Sam-Owner"}) {
      ImportBatch batch = LinkedinExport.read(file, options("me@example.org", me));
      assertThat(batch.entries())
          .singleElement()
          .satisfies(e -> assertThat(e.who().name()).isEqualTo("Ada Lovelace"));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          First Name,Last Name,Email Address,Company,Position,Connected On\\nAda,L,,,,someday \
          | 2: bad Connected On "someday" (expected a date such as 16 Dec 2024, 29-Aug-22, \
          1/8/18, 6:14 PM or 2024-12-16)
          First Name,Last Name,Email Address,Connected On\\nAda,L,,1-Jan-24,extra\
          | 2: 5 values, but the header has 4 columns (expected one value per column; quote \
          values that contain commas)
          From,To,Sent At,Message,Direction\\nA,B,"1/2/24, 1:00 PM",,SIDEWAYS \
          | 2: unknown Direction "SIDEWAYS" (expected INCOMING or OUTGOING)
          From,To,Sent At,Message,Direction\\nA,B,yesterday,,INCOMING \
          | 2: bad Sent At "yesterday" (expected a date such as 16 Dec 2024, 29-Aug-22, \
          1/8/18, 6:14 PM or 2024-12-16)
          CONVERSATION ID,FROM,TO,DATE,CONTENT\\nc1,,Ada,2024-01-01 10:00:00 UTC,hi \
          | 2: the sender is empty (expected a name in FROM)
          CONVERSATION ID,FROM,TO,DATE,CONTENT\\nc1,Ada,Sam,01.02.2024,hi \
          | 2: bad DATE "01.02.2024" (expected a date and time such as 2023-06-11 15:33:58 UTC)
          Name,Email\\nAda,ada@example.org \
          | 1: not a file of LinkedIn's data export (expected Connections.csv with the header \
          First Name,Last Name,URL,Email Address,Company,Position,Connected On, messages.csv \
          with CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE \
          URLS,DATE,SUBJECT,CONTENT,FOLDER, or Invitations.csv with From,To,Sent At,Message,\
          Direction,inviterProfileUrl,inviteeProfileUrl)
          """)
  void aBadRowStopsTheImportWithItsLineAndWhatIsExpected(String content, String problem)
      throws IOException {
    Path file = write("export.csv", content.replace("\\n", "\n"));

    assertThatThrownBy(() -> LinkedinExport.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":" + problem);
  }

  @Test
  void aBadEmailOfAConnectionIsAWarningAndTheConnectionIsKept() throws IOException {
    Path file =
        write(
            "Connections.csv",
            "First Name,Last Name,Email Address,Company,Position,Connected On",
            "Ada,L,ada-at-home,,,");

    ImportBatch batch = LinkedinExport.read(file, options());

    assertThat(batch.contacts()).singleElement().satisfies(c -> assertThat(c.emails()).isEmpty());
    assertThat(batch.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.warning()).isTrue();
              assertThat(s.toString())
                  .isEqualTo(
                      file
                          + ":2: \"ada-at-home\" is not an e-mail address (expected e.g."
                          + " ada@example.org or nothing); left out, the rest of the row is kept");
            });
  }

  @Test
  void aMissingFileIsReportedAsSuch() {
    Path file = tmp.resolve("Connections.csv");

    assertThatThrownBy(() -> LinkedinExport.read(file, options()))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ": no such file (check the path)");
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n");
  }
}
