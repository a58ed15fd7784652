package needle.app;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import needle.asks.Ask;
import needle.scoring.Action;
import needle.scoring.Policy;
import needle.scoring.RelationshipClass;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * {@code today}: the short list of next moves as of a date: asks to follow up, people past their
 * cadence, who to give to, whom to ask, whom to reconnect with, where to cut back.
 */
public final class Moves {
  /** At most this many people per kind of move, so the list stays short. */
  public static final int PER_MOVE = 5;

  private Moves() {}

  /** One move: what to do, with whom (and their id), why with figures, and the ask if any. */
  public record Move(String move, String name, Long personId, String why, Long askId) {}

  public static List<Move> of(Scope scope, LocalDate asOf) {
    return of(ReadModel.scored(scope, asOf), scope.policy());
  }

  /** The moves of a ledger already scored, e.g. by the page that also ranks it. */
  public static List<Move> of(Scored scored, Policy policy) {
    return scored.derived(Move.class, () -> moves(scored, policy));
  }

  private static List<Move> moves(Scored scored, Policy policy) {
    LocalDate asOf = scored.asOf();
    List<Score> scores = scored.sorted(SortKey.STRENGTH);
    List<Move> moves = new ArrayList<>(followUps(scored, scores, asOf, policy));
    moves.addAll(pastCadence(scores, asOf, policy));
    moves.addAll(
        byAction(
            scores,
            "give",
            s -> s.action() == Action.GIVE && s.relationshipClass() != RelationshipClass.NEW));
    moves.addAll(byAction(scores, "ask", s -> s.action() == Action.ASK));
    moves.addAll(byAction(scores, "reconnect", s -> s.action() == Action.RECONNECT));
    moves.addAll(byAction(scores, "reduce", s -> s.action() == Action.REDUCE));
    return moves;
  }

  /** The oldest of my open asks past their follow-up day; {@code asks --open} lists them all. */
  private static List<Move> followUps(
      Scored scored, List<Score> scores, LocalDate asOf, Policy policy) {
    int days = policy.followUpDays();
    record Due(Score score, Ask ask) {}
    return scores.stream()
        .flatMap(s -> scored.of(s).asks().stream().map(a -> new Due(s, a)))
        .filter(d -> d.ask().dueForFollowUp(asOf, days))
        .sorted(
            Comparator.comparing((Due d) -> d.ask().on())
                .thenComparingLong(d -> d.ask().id().value()))
        .limit(PER_MOVE)
        .map(d -> followUp(d.score(), d.ask(), asOf))
        .toList();
  }

  private static Move followUp(Score s, Ask a, LocalDate asOf) {
    String why =
        String.format(
            Locale.ROOT,
            "your ask #%d \"%s\" has been open %d days: follow up, or resolve it",
            a.id().value(),
            a.text(),
            DAYS.between(a.on(), asOf));
    return new Move("follow-up", s.person().name(), id(s), why, a.id().value());
  }

  private static List<Move> pastCadence(List<Score> scores, LocalDate asOf, Policy policy) {
    List<Move> moves = new ArrayList<>();
    for (Score s : scores) {
      LocalDate due = Contact.keepInTouchOn(s, policy);
      if (due != null && due.isBefore(asOf) && moves.size() < PER_MOVE) {
        moves.add(
            new Move(
                "keep-in-touch",
                s.person().name(),
                id(s),
                String.format(
                    Locale.ROOT,
                    "last contact %s, %d days ago (keep in touch every %d days)",
                    s.lastContact(),
                    DAYS.between(s.lastContact(), asOf),
                    Contact.cadence(s, policy)),
                null));
      }
    }
    return moves;
  }

  private static List<Move> byAction(List<Score> scores, String move, Predicate<Score> wanted) {
    return scores.stream()
        .filter(wanted)
        .limit(PER_MOVE)
        .map(
            s ->
                new Move(
                    move,
                    s.person().name(),
                    id(s),
                    s.relationshipClass().label() + ": " + s.reasons().get(0),
                    null))
        .toList();
  }

  private static Long id(Score s) {
    return s.person().id() == null ? null : s.person().id().value();
  }
}
