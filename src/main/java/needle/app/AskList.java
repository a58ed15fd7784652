package needle.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.asks.Ask;
import needle.people.Person;
import needle.people.PersonId;

/** {@code asks}, the asks page and {@code /api/asks}: every ask made by a date, as rows. */
public final class AskList {
  private AskList() {}

  /** Asks made on or before {@code asOf}, oldest first; only those still open then if asked. */
  public static List<AskRow> asOf(Scope scope, LocalDate asOf, boolean openOnly) {
    int days = scope.policy().followUpDays();
    return scope
        .ledger()
        .read(
            s -> {
              Map<PersonId, Person> people =
                  s.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
              return s.asks().stream()
                  .filter(a -> !a.on().isAfter(asOf))
                  .filter(a -> !openOnly || a.isOpenAsOf(asOf))
                  .sorted(Comparator.comparing(Ask::on).thenComparing(a -> a.id().value()))
                  .map(a -> AskRow.of(a, people.get(a.person()), asOf, days))
                  .toList();
            });
  }

  /** The row of one ask, as of {@code asOf}. */
  public static AskRow row(Scope scope, Ask a, LocalDate asOf) {
    Person p = scope.ledger().read(s -> s.person(a.person())).orElseThrow();
    return AskRow.of(a, p, asOf, scope.policy().followUpDays());
  }
}
