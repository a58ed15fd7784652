package needle.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.people.PersonId;
import needle.scoring.Relationship;
import needle.scoring.Score;

/**
 * Every relationship of one revision of a ledger, scored as of a date: what ranking, today's moves
 * and the calendar read. Scores are in no particular order.
 */
public record Scored(
    long revision, LocalDate asOf, List<Score> scores, Map<PersonId, Relationship> relationships) {
  public Scored {
    scores = List.copyOf(scores);
    relationships = Map.copyOf(relationships);
  }

  static Scored of(long revision, LocalDate asOf, List<Score> scores, List<Relationship> all) {
    return new Scored(
        revision,
        asOf,
        scores,
        all.stream().collect(Collectors.toMap(r -> r.person().id(), Function.identity())));
  }

  /** The relationship behind a score. */
  public Relationship of(Score score) {
    return relationships.get(score.person().id());
  }
}
