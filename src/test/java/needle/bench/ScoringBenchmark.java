package needle.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import needle.ledger.History;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.scoring.Scorer;
import needle.scoring.SortKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking a whole ledger in memory, without storage or start-up: how many times a second the scorer
 * ranks {@code people} relationships (a long tail, about 100 entries each on average). Run by
 * bench/run; the defaults here are for a run by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  @Param("10000")
  int people;

  private List<History> histories;

  @Setup
  public void build() {
    histories = SeededHistories.of(people, AS_OF, 42);
  }

  @Benchmark
  public List<Score> rank() {
    return new Scorer(Policy.defaults()).rank(histories, AS_OF, SortKey.ROI);
  }
}
