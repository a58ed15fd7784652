package needle.scoring;

import static needle.scoring.Histories.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of scoring that hold for any history. */
class ScoringPropertiesTest {
  private static final Scorer SCORER = new Scorer(Policy.defaults());

  @Property(tries = 300)
  void receivingValueNeverLowersRoi(
      @ForAll("histories") History history, @ForAll("received") ValueEvent gift) {
    Score before = SCORER.score(history, AS_OF);
    Score after = SCORER.score(withValue(history, gift), AS_OF);

    assertThat(after.roi()).isGreaterThanOrEqualTo(before.roi());
  }

  @Property(tries = 300)
  void aJointEventRaisesGivenAndReceivedAlike(
      @ForAll("histories") History history, @ForAll("joint") ValueEvent win) {
    Score before = SCORER.score(history, AS_OF);
    Score after = SCORER.score(withValue(history, win), AS_OF);

    double givenRise = after.given() - before.given();
    assertThat(givenRise).isGreaterThanOrEqualTo(0);
    assertThat(after.received() - before.received()).isCloseTo(givenRise, offset(1e-9));
  }

  @Property(tries = 300)
  void balanceMirrorsWhenGaveAndGotAreSwapped(@ForAll("histories") History history) {
    Score original = SCORER.score(history, AS_OF);
    Score swapped = SCORER.score(swapped(history), AS_OF);

    assertThat(swapped.given()).isCloseTo(original.received(), offset(1e-9));
    if (original.balance() == null) {
      assertThat(swapped.balance()).isNull();
    } else {
      assertThat(swapped.balance()).isCloseTo(1 - original.balance(), offset(1e-9));
    }
  }

  @Property(tries = 300)
  void whatHappensAfterTheDateChangesNothing(
      @ForAll("histories") History history, @ForAll("futureHistories") History future) {
    History both =
        new History(
            history.person(),
            concat(history.time(), future.time()),
            concat(history.values(), future.values()),
            concat(history.asks(), future.asks()),
            history.replyRate());

    assertThat(SCORER.score(both, AS_OF)).isEqualTo(SCORER.score(history, AS_OF));
  }

  @Property(tries = 300)
  void resolvingOpenAsksAfterTheDateChangesNothing(
      @ForAll("histories") History history, @ForAll("resolutions") Outcome outcome) {
    List<Ask> resolvedLater =
        history.asks().stream()
            .map(
                a ->
                    a.outcome() != Outcome.OPEN
                        ? a
                        : new Ask(
                            a.id(),
                            null,
                            a.on(),
                            a.direction(),
                            a.text(),
                            outcome,
                            AS_OF.plusDays(1),
                            a.source()))
            .toList();
    History later =
        new History(
            history.person(), history.time(), history.values(), resolvedLater, history.replyRate());

    assertThat(SCORER.score(later, AS_OF)).isEqualTo(SCORER.score(history, AS_OF));
  }

  @Property(tries = 300)
  void strengthStaysWithinZeroToOneHundred(@ForAll("histories") History history) {
    assertThat(SCORER.score(history, AS_OF).strength()).isBetween(0, 100);
  }

  @Property(tries = 300)
  void opennessIsAShareWhenKnown(@ForAll("histories") History history) {
    Double openness = SCORER.score(history, AS_OF).openness();

    if (openness != null) {
      assertThat(openness).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 300)
  void theClassIsOneOfTheEightAndTheActionFollowsTheTable(@ForAll("histories") History history) {
    Score s = SCORER.score(history, AS_OF);

    assertThat(s.relationshipClass()).isIn((Object[]) RelationshipClass.values());
    assertThat(s.direction() != null)
        .isEqualTo(s.relationshipClass() == RelationshipClass.ONE_SIDED);
    assertThat(s.action()).isEqualTo(expectedAction(s));
  }

  /** DESIGN §2's action table, written out independently of the scorer. */
  private static Action expectedAction(Score s) {
    return switch (s.relationshipClass().label()) {
      case "one-sided" -> s.balance() > 0.75 ? Action.GIVE : Action.ASK;
      case "status-based", "secretive" -> Action.REDUCE;
      case "social", "new" -> Action.GIVE;
      case "drifting" -> Action.RECONNECT;
      case "strong" -> Action.INVEST;
      default -> s.balance() != null && s.balance() > 0.5 + 1e-9 ? Action.GIVE : Action.ASK;
    };
  }

  /** Histories spread over up to 800 days that ended anywhere in the last 1,500, some drifting. */
  @Provide
  Arbitrary<History> histories() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 800).map(AS_OF::minusDays);
    return Combinators.combine(Arbitraries.integers().between(0, 1500), historiesOn(dates))
        .as(ScoringPropertiesTest::movedBack);
  }

  @Provide
  Arbitrary<History> futureHistories() {
    return historiesOn(Arbitraries.integers().between(1, 2000).map(AS_OF::plusDays));
  }

  @Provide
  Arbitrary<ValueEvent> received() {
    return values(pastDates(), Arbitraries.of(Direction.GOT, Direction.JOINT));
  }

  @Provide
  Arbitrary<ValueEvent> joint() {
    return values(pastDates(), Arbitraries.just(Direction.JOINT));
  }

  @Provide
  Arbitrary<Outcome> resolutions() {
    return Arbitraries.of(Outcome.GRANTED, Outcome.DECLINED, Outcome.IGNORED);
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
            .as(ScoringPropertiesTest::ask);
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

  private static ValueEvent value(LocalDate on, Direction direction, Kind kind, Double points) {
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

  private static History withValue(History history, ValueEvent event) {
    List<ValueEvent> values = concat(history.values(), List.of(event));
    return new History(
        history.person(), history.time(), values, history.asks(), history.replyRate());
  }

  private static History swapped(History history) {
    List<ValueEvent> values =
        history.values().stream()
            .map(v -> value(v.on(), mirror(v.direction()), v.kind(), v.points()))
            .toList();
    return new History(
        history.person(), history.time(), values, history.asks(), history.replyRate());
  }

  private static Direction mirror(Direction direction) {
    return switch (direction) {
      case GAVE -> Direction.GOT;
      case GOT -> Direction.GAVE;
      case JOINT -> Direction.JOINT;
    };
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

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
