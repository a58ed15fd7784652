package needle.scoring;

import static needle.scoring.Histories.AS_OF;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generates relationship histories for property tests, dated around {@link Histories#AS_OF}. */
final class HistoryArbitraries {
  private HistoryArbitraries() {}

  /** Histories spread over up to 800 days that ended anywhere in the last 1,500, some drifting. */
  static Arbitrary<History> histories() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 800).map(AS_OF::minusDays);
    return Combinators.combine(Arbitraries.integers().between(0, 1500), historiesOn(dates))
        .as(HistoryArbitraries::movedBack);
  }

  /** Histories all of whose events and asks come after {@code date}. */
  static Arbitrary<History> historiesAfter(LocalDate date) {
    return historiesOn(Arbitraries.integers().between(1, 2000).map(date::plusDays));
  }

  /** Single value events in one of {@code directions}, dated up to 2,000 days back. */
  static Arbitrary<ValueEvent> values(Direction... directions) {
    return values(pastDates(), Arbitraries.of(directions));
  }

  private static Arbitrary<LocalDate> pastDates() {
    return Arbitraries.integers().between(0, 2000).map(AS_OF::minusDays);
  }

  private static Arbitrary<History> historiesOn(Arbitrary<LocalDate> dates) {
    Arbitrary<TimeEntry> time =
        Combinators.combine(dates, Arbitraries.doubles().between(0, 600).ofScale(1))
            .as((on, minutes) -> new TimeEntry(0, null, on, minutes, Channel.CALL, "test", null));
    Arbitrary<Ask> asks =
        Combinators.combine(
                dates,
                Arbitraries.of(AskDirection.class),
                Arbitraries.of(Outcome.class),
                Arbitraries.integers().between(0, 90))
            .as(HistoryArbitraries::ask);
    return Combinators.combine(
            Arbitraries.integers().between(0, 6),
            time.list().ofMaxSize(8),
            values(dates, Arbitraries.of(Direction.class)).list().ofMaxSize(8),
            asks.list().ofMaxSize(6),
            Arbitraries.doubles().between(0, 1).injectNull(0.7))
        .as((level, t, v, a, replyRate) -> new History(person(level), t, v, a, replyRate));
  }

  private static Arbitrary<ValueEvent> values(
      Arbitrary<LocalDate> dates, Arbitrary<Direction> directions) {
    return Combinators.combine(
            dates,
            directions,
            Arbitraries.of(Kind.class),
            Arbitraries.doubles().between(0, 12).ofScale(2).injectNull(0.5))
        .as((on, direction, kind, points) -> value(on, direction, kind, points));
  }

  static ValueEvent value(LocalDate on, Direction direction, Kind kind, Double points) {
    return new ValueEvent(0, null, on, direction, kind, points, null, "test");
  }

  private static Ask ask(LocalDate on, AskDirection direction, Outcome outcome, int daysToResolve) {
    LocalDate resolvedOn = outcome == Outcome.OPEN ? null : on.plusDays(daysToResolve);
    return new Ask(new AskId(1), null, on, direction, "a favour", outcome, resolvedOn, "test");
  }

  private static Person person(int level) {
    return new Person(
        null, "Someone", null, null, List.of(), List.of(), null, List.of(), null, List.of(), level,
        null, null);
  }

  private static History movedBack(int days, History h) {
    List<TimeEntry> time =
        h.time().stream()
            .map(
                t ->
                    new TimeEntry(
                        0, null, t.on().minusDays(days), t.minutes(), t.channel(), "test", null))
            .toList();
    List<ValueEvent> values =
        h.values().stream()
            .map(v -> value(v.on().minusDays(days), v.direction(), v.kind(), v.points()))
            .toList();
    List<Ask> asks =
        h.asks().stream()
            .map(
                a ->
                    new Ask(
                        a.id(),
                        null,
                        a.on().minusDays(days),
                        a.direction(),
                        a.text(),
                        a.outcome(),
                        a.resolvedOn() == null ? null : a.resolvedOn().minusDays(days),
                        a.source()))
            .toList();
    return new History(h.person(), time, values, asks, h.replyRate());
  }
}
