package needle.imports.mbox;

import static needle.imports.mbox.MailGoldenTest.FOLDER;
import static needle.imports.mbox.MailGoldenTest.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.ledger.History;
import needle.ledger.MailStats;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailImportTest {
  @TempDir Path folder;
  Ledger ledger;
  ImportWriter writer;

  @BeforeEach
  void openLedger() {
    ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    writer = new ImportWriter(ledger);
  }

  ImportResult importMail(String name) {
    return writer.write(MailImport.read(FOLDER.resolve(name), options("me@example.org")).batch());
  }

  Map<String, History> histories() {
    return ledger.read(LedgerSession::histories).stream()
        .collect(Collectors.toMap(h -> h.person().name(), Function.identity()));
  }

  Map<String, MailStats> stats() {
    Map<Long, String> names =
        ledger.read(LedgerSession::people).stream()
            .collect(Collectors.toMap(p -> p.id().value(), Person::name));
    return ledger.read(LedgerSession::mailStats).entrySet().stream()
        .collect(Collectors.toMap(e -> names.get(e.getKey().value()), Map.Entry::getValue));
  }

  static double minutes(History h) {
    return h.time().stream().mapToDouble(TimeEntry::minutes).sum();
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    ImportResult first = importMail("sent.mbox");
    ImportResult again = importMail("sent.mbox");

    assertThat(first.created()).hasSize(6);
    assertThat(first.added()).isEqualTo(7);
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.alreadyThere()).isEqualTo(7);
  }

  @Test
  void aMessageInBothTheSentAndTheInboxFileCountsOnce() {
    importMail("sent.mbox");
    ImportResult inbox = importMail("inbox.mbox");

    assertThat(inbox.added()).isZero();
    assertThat(inbox.alreadyThere()).isEqualTo(2);
    assertThat(histories()).hasSize(6);
    assertThat(minutes(histories().get("Ann Lee"))).isEqualTo(7.5);
  }

  @Test
  void replyRatesComeFromAnInboxAndASentFileImportedSeparatelyInAnyOrder() {
    importMail("inbox.mbox");
    importMail("sent.mbox");

    Map<String, MailStats> stats = stats();

    // Ann answered the kickoff (In-Reply-To) after 5 days and 1 hour, not the late message.
    assertThat(stats.get("Ann Lee").sent()).isEqualTo(2);
    assertThat(stats.get("Ann Lee").replied()).isEqualTo(1);
    assertThat(stats.get("Ann Lee").medianLatency()).isEqualTo(Duration.ofHours(121));
    // Bob answered by subject ("RE: project kickoff") three hours later.
    assertThat(stats.get("bob@example.org").replyRate()).isEqualTo(1.0);
    assertThat(stats.get("bob@example.org").medianReplyHours()).isEqualTo(3.0);
    // Dave's out-of-office answer is no reply.
    assertThat(stats.get("dave@example.org").replyRate()).isEqualTo(0.0);
    assertThat(histories().get("Ann Lee").replyRate()).isEqualTo(0.5);
    assertThat(histories().get("Eve Adams").replyRate()).isEqualTo(0.0);
  }

  @Test
  void aMaildirFolderImportsLikeAnMbox() {
    ImportResult result = importMail("small.maildir");

    assertThat(result.created()).containsExactly("Heidi Klum", "ivan@example.org");
    assertThat(stats().get("Heidi Klum").medianReplyHours()).isEqualTo(4.5);
    assertThat(stats().get("ivan@example.org").replied()).isZero();
  }

  @Test
  void withoutMeTheOwnerIsTheAddressInTheMostMessages() {
    MailImport.Result sent = MailImport.read(FOLDER.resolve("sent.mbox"), options());
    MailImport.Result inbox = MailImport.read(FOLDER.resolve("inbox.mbox"), options());

    assertThat(sent.guess()).isEqualTo(new MailImport.Guess("me@example.org", 10, 10));
    assertThat(inbox.guess()).isEqualTo(new MailImport.Guess("me@example.org", 5, 5));
    assertThat(sent.batch().entries()).hasSize(7);
  }
}
