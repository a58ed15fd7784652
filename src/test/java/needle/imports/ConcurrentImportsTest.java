package needle.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import needle.imports.csv.LedgerCsv;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two imports of the same file at once, as two processes would run them: both succeed, the file's
 * people and entries are there once, and the later one finds nothing new (on PostgreSQL one used to
 * fail on a person's unique key).
 */
class ConcurrentImportsTest {
  private static final int ROWS = 3 * ImportWriter.BATCH;
  private static final int PEOPLE = 300;

  @TempDir Path folder;

  static Stream<Arguments> engines() {
    Function<Path, Location> sqlite = TestDatabases::sqliteFile;
    Function<Path, Location> postgres = folder -> TestDatabases.postgresDatabase();
    return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("postgresql", postgres));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void twoImportsOfOneFileAtOnceBothSucceedAndWriteItOnce(
      String engine, Function<Path, Location> where) throws Exception {
    Location location = where.apply(folder);
    Path file = ledgerCsv();
    for (int round = 0; round < 3; round++) {
      Ledger first = Ledger.open(location);
      Ledger second = Ledger.open(location);
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<ImportResult> a = importAfter(start, first, file);
      CompletableFuture<ImportResult> b = importAfter(start, second, file);

      List<ImportResult> both = List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS));

      int expectedAdded = round == 0 ? ROWS : 0;
      assertThat(both.stream().mapToInt(ImportResult::added).sum()).isEqualTo(expectedAdded);
      assertThat(both.stream().mapToInt(ImportResult::alreadyThere).sum())
          .isEqualTo(2 * ROWS - expectedAdded);
      assertThat(first.read(LedgerSession::people)).hasSize(PEOPLE);
      int entries =
          first.read(LedgerSession::histories).stream()
              .mapToInt(h -> h.time().size() + h.values().size())
              .sum();
      assertThat(entries).isEqualTo(ROWS);
    }
  }

  private static CompletableFuture<ImportResult> importAfter(
      CyclicBarrier start, Ledger ledger, Path file) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return new ImportWriter(ledger).write(LedgerCsv.feed(file, Progress.NONE));
        });
  }

  private Path ledgerCsv() throws IOException {
    StringBuilder csv = new StringBuilder(LedgerCsv.HEADER + "\n");
    for (int i = 0; i < ROWS; i++) {
      String who = "Person " + i % PEOPLE;
      csv.append(
          i % 2 == 0
              ? "2026-01-02," + who + ",time,30,call,,,sync " + i
              : "2026-01-03," + who + ",gave,,advice,,,tip " + i);
      csv.append('\n');
    }
    return Files.writeString(folder.resolve("ledger.csv"), csv);
  }
}
