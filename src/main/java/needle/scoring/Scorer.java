package needle.scoring;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import needle.ledger.History;
import needle.ledger.ValueEvent;
import needle.people.Person;

/**
 * Scores relationships as of a date by the rules of DESIGN §2, with the numbers of a {@link
 * Policy}.
 */
public final class Scorer {
  private final Policy policy;

  public Scorer(Policy policy) {
    this.policy = policy;
  }

  public Policy policy() {
    return policy;
  }

  /**
   * One row per relationship in the order of {@link SortKey#order()}. A ranking's reasons quote no
   * events, as the rows a read model scores from its sums cannot: {@code rank} reads the same
   * either way, and only a single person's score ({@link #score(History, LocalDate)}) quotes them.
   */
  public List<Score> rank(Collection<History> histories, LocalDate asOf, SortKey by) {
    return histories.stream()
        .map(h -> score(Relationship.of(h, asOf, policy).quoting(List.of()), asOf))
        .sorted(by.order())
        .toList();
  }

  public Score score(History history, LocalDate asOf) {
    return score(Relationship.of(history, asOf, policy), asOf);
  }

  /**
   * Scores a relationship from sums already made as of {@code asOf}: the same rules as {@link
   * #score(History, LocalDate)}, which makes the sums from every raw row.
   */
  public Score score(Relationship r, LocalDate asOf) {
    return score(
        r.person(),
        Tally.of(r.flows(), r.askCounts(), asOf, policy),
        r.replyRate(),
        r.values(),
        asOf);
  }

  private Score score(
      Person person, Tally tally, Double replyRate, List<ValueEvent> values, LocalDate asOf) {
    Double balance = balance(tally);
    Double openness = tally.asks().openness();
    int level = person.level().rank();
    RelationshipClass cls = classify(tally, balance, openness, level);
    Flow direction = cls == RelationshipClass.ONE_SIDED ? flow(balance) : null;
    Action action = action(cls, direction, balance);
    Score partial =
        new Score(
            person,
            asOf,
            tally.hours(),
            tally.decayedHours(),
            tally.given(),
            tally.received(),
            tally.received() / Math.max(tally.decayedHours(), 1.0),
            balance,
            openness,
            strength(tally, balance, replyRate, asOf),
            cls,
            direction,
            action,
            List.of(),
            tally.lastContact(),
            tally.asks().open(),
            tally.asks().followUps());
    return withReasons(partial, tally, values);
  }

  private Score withReasons(Score s, Tally tally, List<ValueEvent> values) {
    List<String> reasons = new Reasons(policy, s, tally, values).sentences();
    return new Score(
        s.person(),
        s.asOf(),
        s.hours(),
        s.decayedHours(),
        s.given(),
        s.received(),
        s.roi(),
        s.balance(),
        s.openness(),
        s.strength(),
        s.relationshipClass(),
        s.direction(),
        s.action(),
        reasons,
        s.lastContact(),
        s.openAsks(),
        s.asksToFollowUp());
  }

  private static Double balance(Tally t) {
    double total = t.given() + t.received();
    return total == 0 ? null : t.received() / total;
  }

  private RelationshipClass classify(Tally t, Double balance, Double openness, int level) {
    boolean anyValue = t.valueEvents() > 0;
    boolean anyAsks = t.asks().total() > 0;
    boolean balanced = balance != null && policy.balanced(balance);
    if (t.hours() < policy.newMaxHours() && !anyValue && !anyAsks) {
      return RelationshipClass.NEW;
    }
    if (anyValue && !t.valueRecently() && !t.timeRecently()) {
      return RelationshipClass.DRIFTING;
    }
    if (Policy.atLeast(t.given() + t.received(), policy.oneSidedMinPoints())
        && balance != null
        && !balanced) {
      return RelationshipClass.ONE_SIDED;
    }
    if (level >= policy.statusMinLevel()
        && !t.receivedRecently()
        && (t.hours() >= policy.statusMinHours() || t.asks().mineNotGranted() > 0)) {
      return RelationshipClass.STATUS_BASED;
    }
    if (t.asks().mineIgnored() >= policy.secretiveMinIgnored()
        && openness != null
        && openness < policy.secretiveMaxOpenness()) {
      return RelationshipClass.SECRETIVE;
    }
    if (t.hours() >= policy.socialMinHours() && !anyValue && !anyAsks) {
      return RelationshipClass.SOCIAL;
    }
    boolean bothWays = (t.given() > 0 && t.received() > 0) || t.anyJoint();
    if (bothWays && balanced && (openness == null || openness >= policy.strongMinOpenness())) {
      return RelationshipClass.STRONG;
    }
    return RelationshipClass.DEVELOPING;
  }

  private Flow flow(Double balance) {
    return balance < policy.balancedMin() ? Flow.THEY_TAKE : Flow.YOU_TAKE;
  }

  private Action action(RelationshipClass cls, Flow direction, Double balance) {
    return switch (cls) {
      case ONE_SIDED -> direction == Flow.YOU_TAKE ? Action.GIVE : Action.ASK;
      case STATUS_BASED, SECRETIVE -> Action.REDUCE;
      case SOCIAL, NEW -> Action.GIVE;
      case DRIFTING -> Action.RECONNECT;
      case STRONG -> Action.INVEST;
      case DEVELOPING ->
          balance != null && Policy.above(balance, policy.developingGiveAboveBalance())
              ? Action.GIVE
              : Action.ASK;
    };
  }

  private int strength(Tally t, Double balance, Double replyRate, LocalDate asOf) {
    Policy.StrengthWeights w = policy.strength();
    double flow = Math.min(1, (t.given() + t.received()) / w.flowPoints());
    double even = balance == null ? 0 : 1 - 2 * Math.abs(balance - 0.5);
    Double asked = t.asks().openness();
    double open = asked == null ? 0.5 : asked;
    if (replyRate != null) {
      open = (open + replyRate) / 2;
    }
    double collaboration = Math.min(1, t.jointPoints() / w.jointPoints());
    double recency =
        t.lastExchange() == null
            ? 0
            : Math.pow(0.5, (double) DAYS.between(t.lastExchange(), asOf) / policy.halfLifeDays());
    double blend =
        w.flow() * flow
            + w.balance() * even
            + w.openness() * open
            + w.collaboration() * collaboration
            + w.recency() * recency;
    return (int) Math.round(Math.max(0, Math.min(100, blend)));
  }
}
