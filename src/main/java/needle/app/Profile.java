package needle.app;

import java.time.LocalDate;
import java.util.List;
import needle.ledger.History;
import needle.ledger.MailStats;
import needle.people.Person;
import needle.people.PersonId;
import needle.scoring.Score;
import needle.storage.LedgerSession;

/**
 * {@code person show}, the person page and {@code /api/people/{id}}: one person with their scores
 * as of a date, the reasons (quoting the largest events behind the points), the next move as {@code
 * today} says it ({@link Advice}), the timeline and how they answer mail (null without mail).
 */
public record Profile(
    Person person,
    Score score,
    Advice.Next advice,
    List<TimelineItem> timeline,
    History history,
    MailStats mail) {

  public static Profile of(Scope scope, String name, LocalDate asOf) {
    return read(scope, s -> s.requirePerson(name), asOf);
  }

  public static Profile of(Scope scope, PersonId id, LocalDate asOf) {
    return read(
        scope, s -> s.person(id).orElseThrow(() -> new NotFound("person", id.value())), asOf);
  }

  private static Profile read(
      Scope scope, java.util.function.Function<LedgerSession, Person> who, LocalDate asOf) {
    return scope
        .ledger()
        .read(
            s -> {
              History h = s.history(who.apply(s));
              MailStats mail = s.mailStats().get(h.person().id());
              Score score = scope.scorer().score(h, asOf);
              Advice.Next advice = Advice.of(score, h.asks(), scope.policy());
              return new Profile(
                  h.person(), score, advice, TimelineItem.of(h, scope.policy()), h, mail);
            });
  }
}
