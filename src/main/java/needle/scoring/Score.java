package needle.scoring;

import java.time.LocalDate;
import java.util.List;
import needle.people.Person;

/**
 * One ranked row: a relationship's figures as of a date, its class, the next move and the reasons,
 * which quote the figures. {@code balance} and {@code openness} are null when there is nothing to
 * measure; {@code direction} is set for one-sided relationships only. {@code lastContact} is the
 * latest day with time, value or an ask, either way.
 */
public record Score(
    Person person,
    LocalDate asOf,
    double hours,
    double decayedHours,
    double given,
    double received,
    double roi,
    Double balance,
    Double openness,
    int strength,
    RelationshipClass relationshipClass,
    Flow direction,
    Action action,
    List<String> reasons,
    LocalDate lastContact,
    int openAsks,
    int asksToFollowUp) {

  public Score {
    reasons = List.copyOf(reasons);
  }
}
