package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import needle.app.MailAsks;
import needle.app.Scope;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportOptions;
import needle.imports.ImportWriter;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asks found in real mail. Precision and recall of the asks found in mail, on 260 sent Enron
 * messages labelled by hand ({@code enron-sent-asks.csv}, whose head says how they were drawn and
 * labelled): 90 to tune the patterns on, and 170 from other custodians that were never read while
 * tuning. A message counts as found when the import suggests an ask for any of its recipients. The
 * owner of each file is the address most of its messages are from, as the labels took it, which is
 * the import's own guess.
 */
@Tag("acceptance")
class AsksInMailAcceptanceTest {
  private static final Path MBOX = EnronMboxAcceptanceTest.MBOX;

  record Label(String split, String file, String messageId, boolean asks, String sentence) {}

  /** Counts of one split. */
  static final class Score {
    int truePositive;
    int falsePositive;
    int falseNegative;
    int trueNegative;

    double precision() {
      return (double) truePositive / (truePositive + falsePositive);
    }

    double recall() {
      return (double) truePositive / (truePositive + falseNegative);
    }

    @Override
    public String toString() {
      return String.format(
          "precision %.3f (%d of %d found), recall %.3f (%d of %d asks), %d messages",
          precision(),
          truePositive,
          truePositive + falsePositive,
          recall(),
          truePositive,
          truePositive + falseNegative,
          truePositive + falsePositive + falseNegative + trueNegative);
    }
  }

  static List<Label> labels() throws IOException {
    try (InputStream in =
        AsksInMailAcceptanceTest.class.getResourceAsStream("enron-sent-asks.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String rows =
          text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")) + "\n";
      List<Label> labels = new ArrayList<>();
      for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(rows)) {
        labels.add(
            new Label(
                r.getField("split"),
                r.getField("file"),
                r.getField("message_id"),
                r.getField("asks").equals("yes"),
                r.getField("sentence")));
      }
      return labels;
    }
  }

  /** The Message-IDs of the messages in which the import of {@code file} found an ask. */
  static Map<String, String> found(String file) {
    ImportBatch batch =
        MailImport.read(MBOX.resolve(file), EnronMboxAcceptanceTest.me(List.of())).batch();
    Map<String, String> found = new HashMap<>();
    for (Entry e : batch.entries()) {
      if (e instanceof Entry.Found f) {
        found.putIfAbsent(f.messageId(), f.text());
      }
    }
    return found;
  }

  @TempDir Path folder;

  /**
   * Louise Kitchen's sent items and inbox, imported as she would: the asks of hers found in them
   * wait for review, each with what became of it by the replies in her inbox.
   */
  @Test
  void kitchensAsksWaitForReviewWithTheirOutcomes() throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ImportWriter writer = new ImportWriter(ledger);
    ImportOptions kitchen = EnronMboxAcceptanceTest.me(List.of("louise.kitchen@enron.com"));
    int found = 0;
    for (String file : List.of("enron.kitchen-l.sent_items.mbox", "enron.kitchen-l.inbox.mbox")) {
      found += writer.write(MailImport.read(MBOX.resolve(file), kitchen).batch()).asksFound();
    }
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(Instant.parse("2002-06-01T00:00:00Z"), ZoneOffset.UTC));

    List<MailAsks.Row> rows = MailAsks.waiting(scope);
    Map<String, Long> outcomes =
        rows.stream()
            .collect(
                Collectors.groupingBy(MailAsks.Row::outcome, TreeMap::new, Collectors.counting()));
    System.out.println("Kitchen: " + found + " asks found, waiting by outcome " + outcomes);
    assertThat(rows).hasSize(found);
    assertThat(outcomes).isEqualTo(Map.of("answered", 10L, "ignored", 512L));
    // Checked by hand: she wrote Barry Pearce "Netco" at 10:58 on 31 Dec 2001, and his "RE: Netco"
    // is in her inbox, sent at 05:56 on 2 Jan 2002.
    assertThat(rows)
        .filteredOn(r -> r.messageId().equals("<2659324.1075840967355.JavaMail.evans@thyme>"))
        .extracting(MailAsks.Row::person, MailAsks.Row::text, MailAsks.Row::outcome)
        .containsExactly(tuple("Barry Pearce", "ARe you still in?", "answered"));
  }

  @Test
  void asksFoundInSentMailMatchTheHandLabels() throws IOException {
    List<Label> labels = labels();
    Map<String, Map<String, String>> byFile = new HashMap<>();
    Map<String, Score> scores = new TreeMap<>();
    List<String> tuneMisses = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Label l : labels) {
      assertThat(ids.add(l.messageId())).as("labelled once: " + l.messageId()).isTrue();
      Map<String, String> found = byFile.computeIfAbsent(l.file(), AsksInMailAcceptanceTest::found);
      boolean suggested = found.containsKey(l.messageId());
      Score s = scores.computeIfAbsent(l.split(), k -> new Score());
      if (suggested && l.asks()) {
        s.truePositive++;
      } else if (suggested) {
        s.falsePositive++;
      } else if (l.asks()) {
        s.falseNegative++;
      } else {
        s.trueNegative++;
      }
      if (l.split().equals("tune") && suggested != l.asks()) {
        tuneMisses.add(
            (suggested ? "FP " : "FN ")
                + l.messageId()
                + " | found: "
                + found.get(l.messageId())
                + " | label: "
                + l.sentence());
      }
    }
    scores.forEach((split, s) -> System.out.println("asks in mail, " + split + ": " + s));
    tuneMisses.forEach(m -> System.out.println("  tune " + m));

    Score heldOut = scores.get("held-out");
    assertThat(
            heldOut.truePositive
                + heldOut.falsePositive
                + heldOut.falseNegative
                + heldOut.trueNegative)
        .isEqualTo(170);
    assertThat(heldOut.precision()).as("held-out precision").isGreaterThanOrEqualTo(0.85);
    assertThat(heldOut.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.85);
  }
}
