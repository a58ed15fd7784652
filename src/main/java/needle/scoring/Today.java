package needle.scoring;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import needle.asks.Ask;
import needle.asks.AskDirection;

/**
 * The short list of next moves as of a date: asks to follow up, people past their cadence, who to
 * give to, whom to ask, whom to reconnect with, where to cut back.
 */
public final class Today {
  /** At most this many people per kind of move, so the list stays short. */
  public static final int PER_MOVE = 5;

  private final Scorer scorer;

  public Today(Scorer scorer) {
    this.scorer = scorer;
  }

  public List<Move> moves(List<History> histories, LocalDate asOf) {
    List<Score> scores = scorer.rank(histories, asOf, SortKey.STRENGTH);
    List<Move> moves = new ArrayList<>(followUps(histories, asOf));
    moves.addAll(pastCadence(histories, scores, asOf));
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

  private List<Move> followUps(List<History> histories, LocalDate asOf) {
    int days = scorer.policy().followUpDays();
    List<Move> moves = new ArrayList<>();
    for (History h : histories) {
      for (Ask a : h.asks()) {
        Stream.ofNullable(followUp(h, a, asOf, days)).forEach(moves::add);
      }
    }
    return moves;
  }

  private static Move followUp(History h, Ask a, LocalDate asOf, int days) {
    long age = DAYS.between(a.on(), asOf);
    boolean due =
        a.direction() == AskDirection.ASKED
            && !a.on().isAfter(asOf)
            && a.isOpenAsOf(asOf)
            && age > days;
    if (!due) {
      return null;
    }
    String why =
        String.format(
            Locale.ROOT,
            "your ask #%d \"%s\" has been open %d days: follow up, or resolve it",
            a.id().value(),
            a.text(),
            age);
    return new Move("follow-up", h.person().name(), why, a.id().value());
  }

  private List<Move> pastCadence(List<History> histories, List<Score> scores, LocalDate asOf) {
    List<Move> moves = new ArrayList<>();
    for (Score s : scores) {
      Integer cadence = s.person().cadenceDays();
      if (cadence == null && s.relationshipClass() == RelationshipClass.STRONG) {
        cadence = scorer.policy().strongCadenceDays();
      }
      LocalDate last = lastContact(histories, s, asOf);
      if (cadence != null
          && last != null
          && DAYS.between(last, asOf) > cadence
          && moves.size() < PER_MOVE) {
        moves.add(
            new Move(
                "keep-in-touch",
                s.person().name(),
                String.format(
                    Locale.ROOT,
                    "last contact %s, %d days ago (keep in touch every %d days)",
                    last,
                    DAYS.between(last, asOf),
                    cadence),
                null));
      }
    }
    return moves;
  }

  private static LocalDate lastContact(List<History> histories, Score s, LocalDate asOf) {
    return histories.stream()
        .filter(h -> h.person() == s.person())
        .flatMap(
            h ->
                Stream.of(
                        h.time().stream().map(t -> t.on()),
                        h.values().stream().map(v -> v.on()),
                        h.asks().stream().map(a -> a.on()))
                    .flatMap(x -> x))
        .filter(d -> !d.isAfter(asOf))
        .max(Comparator.naturalOrder())
        .orElse(null);
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
                    s.relationshipClass().label() + ": " + s.reasons().get(0),
                    null))
        .toList();
  }
}
