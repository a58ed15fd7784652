package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.people.Person;
import needle.scoring.AskCounts;
import needle.scoring.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The asks counted where they are kept are the asks counted one by one ({@link AskCounts#of}), and
 * the asks read as still open are those {@link Ask#isOpenAsOf} keeps: on both engines, for random
 * outcomes, resolution days, dates and follow-up settings.
 */
class AsksQueryPropertiesTest {
  private static final LocalDate END = LocalDate.of(2026, 6, 1);
  private static final Map<Engine, Ledger> LEDGERS = new EnumMap<>(Engine.class);

  /** Where a test ledger lives. */
  enum Engine {
    SQLITE,
    POSTGRES
  }

  @Property(tries = 40)
  void asksAreCountedAsOneByOne(
      @ForAll("asks") List<List<Ask>> people,
      @ForAll("dates") LocalDate asOf,
      @ForAll @IntRange(min = 0, max = 60) int followUpDays,
      @ForAll Engine engine) {
    Ledger ledger = emptyLedger(engine);
    Properties settings = new Properties();
    settings.setProperty("follow-up-days", Integer.toString(followUpDays));
    Policy policy = Policy.withOverrides(settings, "test");
    Map<Long, List<Ask>> written = write(ledger, people);

    Map<Long, AskCounts> counted =
        ledger.withHandle((h, owner) -> new AsksQuery(h, owner).counts(asOf, policy));
    Map<Long, List<Ask>> open =
        ledger.withHandle((h, owner) -> new AsksQuery(h, owner).openAsOf(asOf));

    written.forEach(
        (person, asks) -> {
          AskCounts expected = AskCounts.of(asks, asOf, policy);
          assertThat(counted.getOrDefault(person, AskCounts.NONE)).isEqualTo(expected);
          assertThat(open.getOrDefault(person, List.of()))
              .containsExactlyInAnyOrderElementsOf(
                  asks.stream().filter(a -> a.isOpenAsOf(asOf)).toList());
        });
  }

  /** Writes one person per list of asks; answers each person's asks as stored, by person id. */
  private static Map<Long, List<Ask>> write(Ledger ledger, List<List<Ask>> people) {
    return ledger.write(
        s -> {
          for (int i = 0; i < people.size(); i++) {
            Person p = s.addPerson(Person.named("p" + i));
            for (Ask a : people.get(i)) {
              s.log(
                  new Ask(
                      null,
                      p.id(),
                      a.on(),
                      a.direction(),
                      a.text(),
                      a.outcome(),
                      a.resolvedOn(),
                      "test"));
            }
          }
          return s.asks().stream().collect(Collectors.groupingBy(a -> a.person().value()));
        });
  }

  private static synchronized Ledger emptyLedger(Engine engine) {
    Ledger ledger = LEDGERS.computeIfAbsent(engine, AsksQueryPropertiesTest::open);
    Backup.restore(
        ledger, new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of()), true);
    return ledger;
  }

  private static Ledger open(Engine engine) {
    if (engine == Engine.POSTGRES) {
      return Ledger.open(TestDatabases.postgresDatabase());
    }
    try {
      return Ledger.open(
          TestDatabases.sqliteFile(Files.createTempDirectory(Path.of("target"), "asks")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-30, 400).map(END::minusDays);
  }

  @Provide
  Arbitrary<List<List<Ask>>> asks() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 365).map(END::minusDays);
    Arbitrary<Ask> ask =
        Combinators.combine(
                days,
                Arbitraries.of(AskDirection.class),
                Arbitraries.of(Outcome.class),
                Arbitraries.integers().between(0, 90).injectNull(0.2))
            .as(
                (on, direction, outcome, wait) ->
                    new Ask(
                        null,
                        null,
                        on,
                        direction,
                        "a favour",
                        outcome,
                        outcome == Outcome.OPEN || wait == null ? null : on.plusDays(wait),
                        "test"));
    return ask.list().ofMaxSize(12).list().ofMinSize(1).ofMaxSize(5);
  }
}
