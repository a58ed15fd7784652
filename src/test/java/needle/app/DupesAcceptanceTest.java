package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import needle.people.Person;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate finder on real files: Louise Kitchen's Enron mail (sent items and inbox) with the
 * Enron custodians' names and titles imported as people and, as people who are nobody's duplicates,
 * three pseudonymised LinkedIn exports; against pairs labelled by hand in {@code
 * enron-kitchen-dupes.csv}. Precision counts every suggestion (a pair not labelled as one person is
 * a false suggestion); recall counts the labelled pairs that are still two people.
 */
@Tag("acceptance")
class DupesAcceptanceTest {
  static final Path ENRON = Path.of(System.getProperty("needle.shared.data"), "enron");
  static final Path LINKEDIN = Path.of(System.getProperty("needle.shared.data"), "linkedin");
  static final String OWNER = "louise.kitchen@enron.com";

  @TempDir Path folder;

  record Label(String verdict, String a, String b, String note) {}

  @Test
  void dupesFindTheHandLabelledPairsOfAnExecutivesLedger() throws IOException {
    Scope scope = kitchensLedger();
    List<Person> people = scope.ledger().read(LedgerSession::people);
    Map<String, Long> byEmail = new HashMap<>();
    people.forEach(
        p -> p.emails().forEach(e -> byEmail.put(e.toLowerCase(Locale.ROOT), p.id().value())));

    List<Dupes.Row> rows = Dupes.of(scope);
    Set<Set<Long>> suggested = new HashSet<>();
    rows.forEach(r -> suggested.add(Set.of(r.keepId(), r.goneId())));

    Set<Set<Long>> same = new HashSet<>();
    Set<Set<Long>> different = new HashSet<>();
    Set<Set<Long>> unsure = new HashSet<>();
    int notInLedger = 0;
    int alreadyOne = 0;
    List<String> missed = new ArrayList<>();
    for (Label label : labels()) {
      Long a = byEmail.get(label.a());
      Long b = byEmail.get(label.b());
      if (a == null || b == null) {
        notInLedger++;
        continue;
      }
      if (a.equals(b)) {
        alreadyOne++;
        continue;
      }
      Set<Long> pair = Set.of(a, b);
      switch (label.verdict()) {
        case "same" -> {
          same.add(pair);
          if (!suggested.contains(pair)) {
            missed.add(label.a() + " = " + label.b() + " (" + label.note() + ")");
          }
        }
        case "different" -> different.add(pair);
        case "unsure" -> unsure.add(pair);
        default -> throw new IllegalStateException("unknown verdict " + label.verdict());
      }
    }

    int found = 0;
    List<String> wrong = new ArrayList<>();
    int judged = 0;
    for (Dupes.Row r : rows) {
      Set<Long> pair = Set.of(r.keepId(), r.goneId());
      if (unsure.contains(pair)) {
        continue;
      }
      judged++;
      if (same.contains(pair)) {
        found++;
      } else {
        wrong.add(
            r.keep()
                + " = "
                + r.gone()
                + (different.contains(pair) ? " (labelled different)" : "")
                + ": "
                + r.reason());
      }
    }
    double precision = judged == 0 ? 1 : found / (double) judged;
    double recall = same.isEmpty() ? 0 : found / (double) same.size();
    System.out.printf(
        Locale.ROOT,
        "dupes on Kitchen's ledger (%d people): %d suggestions, %d judged; true pairs %d, found"
            + " %d, missed %d, false suggestions %d; precision %.3f, recall %.3f; look-alikes"
            + " labelled different %d, suggested %d (labels: %d not in the ledger, %d already one"
            + " person)%n",
        people.size(),
        rows.size(),
        judged,
        same.size(),
        found,
        same.size() - found,
        wrong.size(),
        precision,
        recall,
        different.size(),
        different.stream().filter(suggested::contains).count(),
        notInLedger,
        alreadyOne);
    missed.forEach(m -> System.out.println("  missed: " + m));
    wrong.forEach(w -> System.out.println("  false: " + w));

    assertThat(same).hasSizeGreaterThanOrEqualTo(30);
    assertThat(precision).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).isGreaterThanOrEqualTo(0.8);
    assertThat(different).noneMatch(suggested::contains);
  }

  /**
   * Kitchen's sent items and inbox, the custodians' titles file as a people CSV, and three LinkedIn
   * exports of other people's networks.
   */
  private Scope kitchensLedger() throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Clock clock =
        Clock.fixed(
            LocalDate.of(2002, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Scope scope = new Scope(ledger, Policy.defaults(), clock);
    Imports.Owner owner = new Imports.Owner(List.of(OWNER), LocalDate.of(2002, 1, 1));
    try (Stream<Path> files = Files.list(ENRON.resolve("mbox"))) {
      for (Path mbox :
          files
              .filter(p -> p.getFileName().toString().startsWith("enron.kitchen-l."))
              .sorted()
              .toList()) {
        Imports.file(scope, "mbox", mbox, owner, Imports.Listener.NONE);
      }
    }
    Imports.file(scope, "people", titlesAsPeople(), owner, Imports.Listener.NONE);
    // Unrelated people (pseudonymised LinkedIn exports), among whom nothing must be suggested.
    for (String export : List.of("feynman10-2024", "nikhil-jagtap-2022", "abhishekwebcode-2018")) {
      Path connections = LINKEDIN.resolve(export).resolve("Connections.csv");
      Imports.file(scope, "linkedin", connections, owner, Imports.Listener.NONE);
    }
    return scope;
  }

  /** The custodians (but the owner) as name,title,company,email; a rank of N/A is no title. */
  private Path titlesAsPeople() throws IOException {
    List<String> lines = new ArrayList<>(List.of("name,title,company,email"));
    Path titles = ENRON.resolve("titles/enron_custodians_rank_title.csv");
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(titles)) {
      for (CsvRecord row : csv) {
        if (row.getStartingLineNumber() == 1 || row.getField(5).equalsIgnoreCase(OWNER)) {
          continue;
        }
        String rank = row.getField(3).equals("N/A") ? "" : row.getField(3);
        lines.add(String.join(",", row.getField(2), rank, "Enron", row.getField(5)));
      }
    }
    Path file = folder.resolve("custodians.csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Label> labels() throws IOException {
    List<Label> labels = new ArrayList<>();
    try (InputStream in = DupesAcceptanceTest.class.getResourceAsStream("enron-kitchen-dupes.csv");
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CsvRecord row : csv) {
        if (!row.getField(0).equals("verdict")) {
          labels.add(
              new Label(
                  row.getField(0),
                  row.getField(1).toLowerCase(Locale.ROOT),
                  row.getField(2).toLowerCase(Locale.ROOT),
                  row.getField(3)));
        }
      }
    }
    return labels;
  }
}
