package needle.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import needle.asks.Ask;
import needle.ledger.ValueEvent;
import needle.people.PersonId;
import needle.scoring.Action;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * {@code today}: the short list of next moves as of a date: asks to follow up, people past their
 * cadence, who to give to, whom to ask, whom to wait for, whom to reconnect with, where to cut
 * back. Each person is listed once, under their most urgent move ({@link Advice}, which documents
 * the order), with the other moves that apply to them as its reasons. The reasons quote the largest
 * events behind the points, read for the people listed only.
 */
public final class Moves {
  /** At most this many people per kind of move, so the list stays short. */
  public static final int PER_MOVE = 5;

  private Moves() {}

  /**
   * One move: what to do, with whom (and their id), why with figures, the ask to follow up if any,
   * and the other moves that apply to the same person, as reasons.
   */
  public record Move(
      String move, String name, Long personId, String why, Long askId, List<String> also) {
    public Move {
      also = List.copyOf(also);
    }
  }

  public static List<Move> of(Scope scope, LocalDate asOf) {
    return of(ReadModel.scored(scope, asOf), scope);
  }

  /** The moves of a ledger already scored, e.g. by the page that also ranks it. */
  public static List<Move> of(Scored scored, Scope scope) {
    return scored.derived(Move.class, () -> moves(scored, scope));
  }

  /** One person under their most urgent move, with what else applies and the asks read for it. */
  private record Chosen(Score score, List<Ask> asks, String move) {}

  private static List<Move> moves(Scored scored, Scope scope) {
    Policy policy = scope.policy();
    Map<Long, List<Ask>> declined = declined(scored, scope);
    Map<String, List<Chosen>> byMove = new HashMap<>();
    for (Score s : scored.sorted(SortKey.STRENGTH)) {
      List<Ask> asks = asks(scored.of(s).asks(), declined.get(id(s)));
      String move = Advice.firstMove(s, asks, policy, true);
      if (move != null) {
        byMove.computeIfAbsent(move, k -> new ArrayList<>()).add(new Chosen(s, asks, move));
      }
    }
    List<Chosen> shown = new ArrayList<>();
    for (String move : Advice.URGENCY) {
      List<Chosen> all = byMove.getOrDefault(move, List.of());
      if (move.equals("follow-up")) {
        all = oldestAskFirst(all, scored.asOf(), policy);
      }
      all.stream().limit(PER_MOVE).forEach(shown::add);
    }
    return quoted(scored, scope, shown);
  }

  /** Follow-ups by the day of the ask waiting longest, then its id. */
  private static List<Chosen> oldestAskFirst(List<Chosen> all, LocalDate asOf, Policy policy) {
    Comparator<Ask> oldest = Comparator.comparing(Ask::on).thenComparingLong(a -> a.id().value());
    return all.stream()
        .sorted(
            Comparator.comparing(
                (Chosen c) -> Advice.followUp(c.asks(), asOf, policy).orElseThrow(), oldest))
        .toList();
  }

  /**
   * The moves of the people shown, with reasons that quote the largest events behind their points:
   * the people's value events are read here, for them alone, and their rows scored again with them
   * (which changes the reasons only).
   */
  private static List<Move> quoted(Scored scored, Scope scope, List<Chosen> shown) {
    List<PersonId> ids =
        shown.stream().map(c -> c.score().person().id()).filter(Objects::nonNull).toList();
    Map<PersonId, List<ValueEvent>> values = scope.ledger().read(s -> s.valuesOf(ids));
    List<Move> moves = new ArrayList<>(shown.size());
    for (Chosen c : shown) {
      Score s = c.score();
      List<ValueEvent> theirs = values.getOrDefault(s.person().id(), List.of());
      Score withQuotes = scope.scorer().score(scored.of(s).quoting(theirs), scored.asOf());
      Advice.Next next = Advice.Next.of(Advice.steps(withQuotes, c.asks(), scope.policy(), true));
      moves.add(
          new Move(next.move(), s.person().name(), id(s), next.why(), next.askId(), next.also()));
    }
    return moves;
  }

  /**
   * My declined asks by person, read once for the people whose move could be "ask" and who have
   * declined an ask (the relationships list only the open asks, and count the declined ones).
   */
  private static Map<Long, List<Ask>> declined(Scored scored, Scope scope) {
    List<PersonId> asked =
        scored.scores().stream()
            .filter(s -> s.action() == Action.ASK && s.person().id() != null)
            .filter(s -> scored.of(s).askCounts().declined() > 0)
            .map(s -> s.person().id())
            .toList();
    Map<Long, List<Ask>> byPerson = new HashMap<>();
    if (asked.isEmpty()) {
      return byPerson;
    }
    for (Ask a : scope.ledger().read(s -> s.declinedAsks(asked))) {
      byPerson.computeIfAbsent(a.person().value(), k -> new ArrayList<>()).add(a);
    }
    return byPerson;
  }

  /** The relationship's asks and the person's declined ones, each once. */
  private static List<Ask> asks(List<Ask> listed, List<Ask> declined) {
    if (declined == null) {
      return listed;
    }
    Map<Long, Ask> byId = new LinkedHashMap<>();
    listed.forEach(a -> byId.put(a.id().value(), a));
    declined.forEach(a -> byId.putIfAbsent(a.id().value(), a));
    return List.copyOf(byId.values());
  }

  private static Long id(Score s) {
    return s.person().id() == null ? null : s.person().id().value();
  }
}
