package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import needle.imports.ImportOptions;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.ledger.MailStats;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ten Enron executives' sent and inbox folders (18 mbox files, 7,545 messages). The numbers
 * were checked by hand outside Needle: messages with {@code grep -c '^From '} per file; the
 * messages each custodian sent with an awk script over the headers (unfolded) that keeps messages
 * whose {@code From:} is the custodian, counts each {@code Message-ID} once, and keeps those with 1
 * to 10 distinct {@code To:} addresses besides the custodian's: their number times 5 minutes is the
 * time, their (message, address) pairs the entries, their addresses the people. Left out of those
 * counts are the addresses that are fragments of a display name (Enron's conversion wrote {@code
 * 'Cordell, Gary'} as {@code 'cordell@enron.com} and {@code legal.schuler} as {@code legal
 * <.schuler@enron.com>}: a local part that starts with a quote or a dot), which are no one's.
 */
@Tag("acceptance")
class EnronMboxAcceptanceTest {
  static final Path DATA = Path.of(System.getProperty("needle.shared.data"), "enron");
  static final Path MBOX = DATA.resolve("mbox");

  @TempDir Path folder;

  static List<Path> files(String custodian) throws IOException {
    try (Stream<Path> all = Files.list(MBOX)) {
      String prefix = custodian.isEmpty() ? "enron." : "enron." + custodian + ".";
      return all.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  static ImportOptions me(List<String> addresses) {
    return new ImportOptions(addresses, LocalDate.of(2002, 1, 1), "split", 10, Progress.NONE);
  }

  @ParameterizedTest
  @CsvSource({
    // file, messages (grep -c '^From '), guessed owner, messages it is in (grep '^From: x' etc.)
    "enron.allen-p.sent.mbox, 562, phillip.allen@enron.com, 558",
    // Allen's inbox reaches him at several aliases: k..allen@ in 28 messages, pallen@ in 24.
    "enron.allen-p.inbox.mbox, 66, k..allen@enron.com, 28",
    "enron.kitchen-l.sent_items.mbox, 1132, louise.kitchen@enron.com, 1132",
    "enron.lay-k.sent.mbox, 266, rosalee.fleming@enron.com, 251",
    "enron.whalley-g.sent.mbox, 38, greg.whalley@enron.com, 30",
  })
  void withoutMeTheOwnerIsGuessedFromTheMessages(
      String file, int messages, String owner, int found) {
    MailImport.Result result = MailImport.read(MBOX.resolve(file), me(List.of()));

    assertThat(result.guess()).isEqualTo(new MailImport.Guess(owner, found, messages));
  }

  @Test
  void everyMessageOfTheEighteenFilesIsRead() throws IOException {
    int messages = 0;
    for (Path file : files("")) {
      messages += MailImport.read(file, me(List.of())).guess().messages();
    }
    assertThat(messages).isEqualTo(7545);
  }

  @ParameterizedTest
  @CsvSource({
    // custodian, address they sent from (when the titles file gives another), messages counted,
    // time entries, distinct addresses written to
    "allen-p, phillip.allen@enron.com, 555, 629, 184",
    "buy-r, , 384, 486, 153",
    "delainey-d, , 745, 1141, 233",
    "derrick-j, , 556, 630, 173",
    "haedicke-m, e..haedicke@enron.com, 109, 122, 72",
    "kitchen-l, , 1095, 1382, 276",
    "lavorato-j, , 601, 693, 190",
    // Ken Lay's and Jeff Skilling's sent folders hold their assistants' mail, not theirs.
    "lay-k, , 1, 1, 1",
    "skilling-j, jeff.skilling@enron.com, 9, 9, 4",
    "whalley-g, greg.whalley@enron.com, 96, 105, 64",
  })
  void eachCustodiansMailGivesFiveMinutesPerMessageTheySent(
      String custodian, String alias, int sent, int entries, int addresses) throws IOException {
    List<String> me = new ArrayList<>(List.of(Titles.email(DATA, custodian)));
    if (alias != null) {
      me.add(alias);
    }
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ImportWriter writer = new ImportWriter(ledger);
    for (Path file : files(custodian)) {
      writer.write(MailImport.read(file, me(me)).batch());
    }

    List<TimeEntry> time =
        ledger.read(LedgerSession::histories).stream().flatMap(h -> h.time().stream()).toList();
    List<Person> people = ledger.read(LedgerSession::people);
    double minutes = time.stream().mapToDouble(TimeEntry::minutes).sum();
    assertThat(
            List.of(
                Math.round(minutes / 5.0),
                (long) time.size(),
                (long) people.stream().mapToInt(p -> p.emails().size()).sum()))
        .as("messages counted, time entries, addresses")
        .containsExactly((long) sent, (long) entries, (long) addresses);
    assertThat(minutes).isCloseTo(5.0 * sent, within());
    for (Path file : files(custodian)) {
      ImportResult again = writer.write(MailImport.read(file, me(me)).batch());
      assertThat(again.changedNothing()).isTrue();
    }
  }

  /**
   * Enron's mail has no In-Reply-To, so replies are matched by subject. Checked by hand with grep:
   * Whalley wrote "RE: Fastow Rumor" to Jim Schwieger on 15 Nov 2001 at 12:11:06 -0800, who
   * answered "RE: Fastow Rumor" at 12:51:16; Whalley wrote Doug Leach three times (two "RE:
   * eNYMEX", one "RE: wine" at 06:57:58 on 6 Nov 2001), who answered "RE: wine" at 07:30:17.
   */
  @Test
  void whalleysReplyRatesComeFromHisInboxAndSentFolders() throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ImportWriter writer = new ImportWriter(ledger);
    for (Path file : files("whalley-g")) {
      writer.write(MailImport.read(file, me(List.of("greg.whalley@enron.com"))).batch());
    }

    var stats = ledger.read(LedgerSession::mailStats);
    var jim = ledger.read(s -> s.requirePerson("Jim Schwieger"));
    var doug = ledger.read(s -> s.requirePerson("Doug Leach"));

    assertThat(stats).hasSize(64);
    assertThat(stats.get(jim.id()))
        .isEqualTo(new MailStats(jim.id(), 1, 1, 1.0, Duration.ofSeconds(40 * 60 + 10)));
    assertThat(stats.get(doug.id()))
        .isEqualTo(new MailStats(doug.id(), 3, 1, 1 / 3.0, Duration.ofSeconds(32 * 60 + 19)));
    assertThat(ledger.read(s -> s.history(doug)).replyRate()).isEqualTo(1 / 3.0);
  }

  /**
   * Every custodian's mail in one ledger: no person is named by a fragment of an address or a
   * header ({@code 'premier.rentals@enron.com}, {@code "Greg Zimin Lu}, {@code NOTES:gregwhalley},
   * {@code legal}), and no robot or list address is anyone's. A person known only by address is
   * named by the whole address.
   */
  @Test
  void noPersonIsARobotAListOrAnAddressFragment() throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ImportWriter writer = new ImportWriter(ledger);
    for (String custodian : CUSTODIANS) {
      for (Path file : files(custodian)) {
        writer.write(MailImport.read(file, me(List.of(Titles.email(DATA, custodian)))).batch());
      }
    }
    List<Person> people = ledger.read(LedgerSession::people);
    assertThat(people).hasSizeGreaterThan(500);
    assertThat(people)
        .allSatisfy(
            p -> {
              String name = p.name();
              assertThat(name).as("a name").doesNotStartWith("'").doesNotStartWith("\"");
              assertThat(name).doesNotContain("NOTES:").doesNotContain("\"");
              if (name.contains("@")) {
                assertThat(p.emails()).as(name).contains(name);
              } else {
                assertThat(name).as("a bare local part").doesNotMatch("[\\p{Ll}\\p{N}._'-]+");
                assertThat(name).as("more than one name").doesNotMatch(".*,.*,.*");
              }
              assertThat(p.emails())
                  .allSatisfy(
                      e ->
                          assertThat(e)
                              .doesNotMatch(
                                  "(?i)([.'].*|.*(no.?reply|mailer.?daemon|postmaster|bounce"
                                      + "|notifications?)@.*|(list-|owner-).*|.*-list@.*)"));
            });
  }

  private static final List<String> CUSTODIANS =
      List.of(
          "allen-p",
          "buy-r",
          "delainey-d",
          "derrick-j",
          "haedicke-m",
          "kitchen-l",
          "lavorato-j",
          "lay-k",
          "skilling-j",
          "whalley-g");

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
