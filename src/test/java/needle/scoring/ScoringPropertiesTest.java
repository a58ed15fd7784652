package needle.scoring;

import static needle.scoring.Histories.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import needle.asks.Ask;
import needle.asks.Outcome;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.ValueEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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

  @Provide
  Arbitrary<History> histories() {
    return HistoryArbitraries.histories();
  }

  @Provide
  Arbitrary<History> futureHistories() {
    return HistoryArbitraries.historiesAfter(AS_OF);
  }

  @Provide
  Arbitrary<ValueEvent> received() {
    return HistoryArbitraries.values(Direction.GOT, Direction.JOINT);
  }

  @Provide
  Arbitrary<ValueEvent> joint() {
    return HistoryArbitraries.values(Direction.JOINT);
  }

  @Provide
  Arbitrary<Outcome> resolutions() {
    return Arbitraries.of(Outcome.GRANTED, Outcome.DECLINED, Outcome.IGNORED);
  }

  private static History withValue(History history, ValueEvent event) {
    List<ValueEvent> values = concat(history.values(), List.of(event));
    return new History(
        history.person(), history.time(), values, history.asks(), history.replyRate());
  }

  private static History swapped(History history) {
    List<ValueEvent> values =
        history.values().stream()
            .map(v -> HistoryArbitraries.value(v.on(), mirror(v.direction()), v.kind(), v.points()))
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

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
