package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.scoring.Scorer;
import needle.scoring.SortKey;
import needle.storage.Backup;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.Snapshot;
import needle.storage.TestDatabases;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The read model ranks exactly as a straightforward recomputation from every raw row: on random
 * ledgers in SQLite and PostgreSQL written in two steps (so both the first build of the sums and
 * their upkeep on later writes are exercised), with a merge, as of random dates that fall inside
 * months with entries, before some entries and after all of them. People whose entries all fall on
 * or before the date are read from their totals, the others summed from months: both happen.
 */
class ReadModelPropertiesTest {
  private static final LocalDate END = LocalDate.of(2026, 6, 1);
  private static final double TOLERANCE = 1e-9;
  private static final List<String> TITLES =
      List.of(
          "Gardener",
          "Engineer",
          "Senior Engineer",
          "Engineering Manager",
          "Director",
          "Vice President",
          "CEO");
  private static final Map<Engine, Ledger> LEDGERS = new java.util.EnumMap<>(Engine.class);

  /** Where a test ledger lives. */
  enum Engine {
    SQLITE,
    POSTGRES
  }

  /** One person's entries, as day offsets back from {@link #END}. */
  record Spec(int level, List<TimeEntry> time, List<ValueEvent> values, List<Ask> asks) {}

  @Property(tries = 60)
  void readModelRanksAsAFullRecomputation(
      @ForAll("ledgers") List<Spec> people,
      @ForAll("dates") LocalDate asOf,
      @ForAll SortKey by,
      @ForAll boolean merge,
      @ForAll Engine engine) {
    Ledger ledger = emptyLedger(engine);
    write(ledger, people, true);
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(END.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    ReadModel.scored(scope, asOf);
    write(ledger, people, false);
    if (merge && people.size() >= 2) {
      Journal.merge(scope, "p0", "p1");
    }
    ReadModel.clear();

    List<Score> fromModel = Ranking.rank(scope, Ranking.Query.all(asOf).by(by)).rows();
    List<Score> recomputed =
        new Scorer(Policy.defaults()).rank(ledger.read(LedgerSession::histories), asOf, by);

    assertSameScores(fromModel, recomputed);
    assertOrderHolds(fromModel, recomputed, by);
    countPaths(people, asOf, merge);
  }

  /**
   * Records whether some person was read from their totals (every entry on or before the date) and
   * some summed from months (an entry after it), and checks that both happened often enough.
   */
  private static void countPaths(List<Spec> people, LocalDate asOf, boolean merge) {
    boolean fromTotals = false;
    boolean fromMonths = false;
    for (int i = merge && people.size() >= 2 ? 1 : 0; i < people.size(); i++) {
      List<LocalDate> days = days(people.get(i));
      if (i == 1 && merge) {
        days.addAll(days(people.get(0)));
      }
      boolean later = days.stream().anyMatch(d -> d.isAfter(asOf));
      fromMonths |= later;
      fromTotals |= !later && !days.isEmpty();
    }
    Statistics.label("read from totals").collect(fromTotals);
    Statistics.label("summed from months").collect(fromMonths);
    Statistics.label("read from totals").coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("summed from months").coverage(c -> c.check(true).percentage(p -> p >= 30));
  }

  /** The days of a person's time entries and value events, which the sums are made of. */
  private static List<LocalDate> days(Spec spec) {
    List<LocalDate> days = new java.util.ArrayList<>();
    spec.time().forEach(t -> days.add(t.on()));
    spec.values().forEach(v -> days.add(v.on()));
    return days;
  }

  private static void assertSameScores(List<Score> fromModel, List<Score> recomputed) {
    Map<String, Score> expected =
        recomputed.stream().collect(Collectors.toMap(s -> s.person().name(), Function.identity()));
    assertThat(fromModel).hasSameSizeAs(recomputed);
    for (Score s : fromModel) {
      Score e = expected.get(s.person().name());
      assertThat(s.relationshipClass()).as(s.person().name()).isEqualTo(e.relationshipClass());
      assertThat(s.action()).isEqualTo(e.action());
      assertThat(s.direction()).isEqualTo(e.direction());
      assertThat(s.openness()).isEqualTo(e.openness());
      assertThat(s.strength()).isEqualTo(e.strength());
      assertThat(s.lastContact()).isEqualTo(e.lastContact());
      assertThat(s.openAsks()).isEqualTo(e.openAsks());
      assertThat(s.hours()).isCloseTo(e.hours(), within(TOLERANCE));
      assertThat(s.decayedHours()).isCloseTo(e.decayedHours(), within(TOLERANCE));
      assertThat(s.given()).isCloseTo(e.given(), within(TOLERANCE));
      assertThat(s.received()).isCloseTo(e.received(), within(TOLERANCE));
      assertThat(s.roi()).isCloseTo(e.roi(), within(TOLERANCE));
      if (e.balance() == null) {
        assertThat(s.balance()).isNull();
      } else {
        assertThat(s.balance()).isCloseTo(e.balance(), within(TOLERANCE));
      }
    }
  }

  /**
   * The read model's order is the recomputation's, up to figures equal within rounding: each row
   * sorts no later than the next one under the recomputed figures.
   */
  private static void assertOrderHolds(List<Score> fromModel, List<Score> recomputed, SortKey by) {
    Map<String, Integer> position =
        recomputed.stream().collect(Collectors.toMap(s -> s.person().name(), recomputed::indexOf));
    for (int i = 1; i < fromModel.size(); i++) {
      Score before = fromModel.get(i - 1);
      Score after = fromModel.get(i);
      boolean tied = Math.abs(key(before, by) - key(after, by)) <= TOLERANCE;
      if (!tied) {
        assertThat(position.get(before.person().name()))
            .as("%s before %s", before.person().name(), after.person().name())
            .isLessThan(position.get(after.person().name()));
      }
    }
  }

  private static double key(Score s, SortKey by) {
    return switch (by) {
      case ROI -> s.roi();
      case STRENGTH -> s.strength();
      case HOURS -> s.hours();
      case BALANCE -> s.balance() == null ? -1 : s.balance();
    };
  }

  /** Writes everyone, with the first or the second half of each person's entries. */
  private static void write(Ledger ledger, List<Spec> people, boolean firstHalf) {
    ledger.update(
        s -> {
          for (int i = 0; i < people.size(); i++) {
            Spec spec = people.get(i);
            Person p =
                firstHalf
                    ? s.addPerson(Person.named("p" + i).withTitle(TITLES.get(spec.level())))
                    : s.requirePerson("p" + i);
            half(spec.time(), firstHalf)
                .forEach(
                    t ->
                        s.log(
                            new TimeEntry(
                                0, p.id(), t.on(), t.minutes(), t.channel(), "test", null)));
            half(spec.values(), firstHalf)
                .forEach(
                    v ->
                        s.log(
                            new ValueEvent(
                                0,
                                p.id(),
                                v.on(),
                                v.direction(),
                                v.kind(),
                                v.points(),
                                null,
                                "test")));
            half(spec.asks(), firstHalf)
                .forEach(
                    a ->
                        s.log(
                            new Ask(
                                null,
                                p.id(),
                                a.on(),
                                a.direction(),
                                a.text(),
                                a.outcome(),
                                a.resolvedOn(),
                                "test")));
          }
        });
  }

  private static <T> List<T> half(List<T> all, boolean first) {
    int middle = all.size() / 2;
    return first ? all.subList(0, middle) : all.subList(middle, all.size());
  }

  /** The shared test ledger of {@code engine}, emptied. */
  private static synchronized Ledger emptyLedger(Engine engine) {
    Ledger ledger = LEDGERS.computeIfAbsent(engine, ReadModelPropertiesTest::open);
    Backup.restore(
        ledger, new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of()), true);
    return ledger;
  }

  private static Ledger open(Engine engine) {
    if (engine == Engine.POSTGRES) {
      return Ledger.open(TestDatabases.postgresDatabase());
    }
    try {
      Path folder = Files.createTempDirectory(Path.of("target"), "read-model");
      return Ledger.open(TestDatabases.sqliteFile(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dates among the entries (most), and after all of them. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 1000).map(END::minusDays)),
        Tuple.of(1, Arbitraries.integers().between(1, 60).map(END::plusDays)));
  }

  @Provide
  Arbitrary<List<Spec>> ledgers() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 1200).map(END::minusDays);
    Arbitrary<TimeEntry> time =
        Combinators.combine(days, Arbitraries.doubles().between(0, 600).ofScale(1))
            .as((on, minutes) -> new TimeEntry(0, null, on, minutes, Channel.CALL, "test", null));
    Arbitrary<ValueEvent> values =
        Combinators.combine(
                days,
                Arbitraries.of(Direction.class),
                Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 12).ofScale(2).injectNull(0.5))
            .as((on, d, k, points) -> new ValueEvent(0, null, on, d, k, points, null, "test"));
    Arbitrary<Ask> asks =
        Combinators.combine(
                days,
                Arbitraries.of(AskDirection.class),
                Arbitraries.of(Outcome.class),
                Arbitraries.integers().between(0, 90))
            .as(
                (on, direction, outcome, wait) ->
                    new Ask(
                        null,
                        null,
                        on,
                        direction,
                        "a favour",
                        outcome,
                        outcome == Outcome.OPEN ? null : on.plusDays(wait),
                        "test"));
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 6),
                time.list().ofMaxSize(10),
                values.list().ofMaxSize(10),
                asks.list().ofMaxSize(5))
            .as(Spec::new);
    return spec.list().ofMinSize(1).ofMaxSize(8);
  }
}
