package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.imports.csv.LedgerCsv;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.scoring.Scorer;
import needle.scoring.SortKey;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports write in batches, past the one-row path: the read model's sums must follow them too, both
 * when the sums are built after the import and when they already exist before it.
 */
class ImportedLedgerRankingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final String[] EVENTS = {"time", "time", "time", "gave", "got", "joint", "asked"};
  private static final String[] KINDS = {"job", "advice", "introduction", "win", "feedback"};

  @TempDir Path folder;

  @Test
  void aBatchImportRanksAsAFullRecomputation() throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    importCsv(ledger, ledgerCsv(1, 300));
    assertSameAsRecomputed(scope);

    importCsv(ledger, ledgerCsv(2, 300));
    ReadModel.clear();
    assertSameAsRecomputed(scope);
  }

  private static void assertSameAsRecomputed(Scope scope) {
    List<Score> fromModel = Ranking.rank(scope, Ranking.Query.all(AS_OF)).rows();
    List<Score> recomputed =
        new Scorer(Policy.defaults())
            .rank(scope.ledger().read(LedgerSession::histories), AS_OF, SortKey.ROI);
    assertThat(fromModel).hasSameSizeAs(recomputed).isNotEmpty();
    for (int i = 0; i < recomputed.size(); i++) {
      Score e = recomputed.get(i);
      Score s =
          fromModel.stream()
              .filter(x -> x.person().name().equals(e.person().name()))
              .findFirst()
              .orElseThrow();
      assertThat(s.relationshipClass()).isEqualTo(e.relationshipClass());
      assertThat(s.hours()).isCloseTo(e.hours(), within(1e-9));
      assertThat(s.roi()).isCloseTo(e.roi(), within(1e-9));
      assertThat(s.given()).isCloseTo(e.given(), within(1e-9));
      assertThat(s.received()).isCloseTo(e.received(), within(1e-9));
    }
  }

  private void importCsv(Ledger ledger, Path file) {
    new ImportWriter(ledger).write(LedgerCsv.feed(file, Progress.NONE));
  }

  /** A ledger CSV of random rows over a dozen people and three years, from {@code seed}. */
  private Path ledgerCsv(long seed, int rows) throws IOException {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(LedgerCsv.HEADER));
    for (int i = 0; i < rows; i++) {
      String event = EVENTS[random.nextInt(EVENTS.length)];
      LocalDate on = AS_OF.minusDays(random.nextInt(1100));
      String person = "Person " + random.nextInt(12);
      boolean time = event.equals("time");
      boolean value = !time && !event.equals("asked");
      lines.add(
          String.join(
              ",",
              on.toString(),
              person,
              event,
              time ? String.valueOf(5 + random.nextInt(120)) : "",
              value ? KINDS[random.nextInt(KINDS.length)] : "",
              value && random.nextBoolean() ? String.valueOf(random.nextInt(9)) : "",
              event.equals("asked") ? "granted" : "",
              event.equals("asked") ? "an intro " + i : "note " + i));
    }
    Path file = folder.resolve("ledger-" + seed + ".csv");
    Files.write(file, lines);
    return file;
  }
}
