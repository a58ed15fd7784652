package needle.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.people.Person;
import needle.people.PersonId;
import needle.people.dupes.DupeFinder;
import needle.people.dupes.Suggestion;
import needle.scoring.Score;
import needle.storage.LedgerSession;

/**
 * People who are probably the same person, each with the evidence in one sentence and the merge
 * that joins them; the same for {@code dupes}, the duplicates page and {@code GET /api/dupes}.
 */
public final class Dupes {
  private Dupes() {}

  /**
   * One suggestion: {@code person merge keep gone} keeps {@code keep} (the real name, the fuller
   * name, more details, more history) and folds {@code gone} into them.
   */
  public record Row(
      String keep,
      String gone,
      long keepId,
      long goneId,
      String rule,
      String reason,
      String merge) {

    static Row of(Suggestion s) {
      return new Row(
          s.keep().name(),
          s.gone().name(),
          s.keep().id().value(),
          s.gone().id().value(),
          s.rule().label(),
          s.reason(),
          command(s.keep().name(), s.gone().name()));
    }
  }

  /** Every suggestion in the scope's ledger, strongest rule first. */
  public static List<Row> of(Scope scope) {
    List<Person> people = scope.ledger().read(LedgerSession::people);
    Map<PersonId, Double> history = history(scope);
    return DupeFinder.find(people, p -> history.getOrDefault(p.id(), 0.0)).stream()
        .map(Row::of)
        .toList();
  }

  /** What a merge made: the person kept, and the name of the one folded into them. */
  public record Merged(Person kept, String gone) {}

  /**
   * Folds the person with id {@code gone} into the one with id {@code keep}, as {@code person
   * merge} does; a suggestion made before one of them was merged or renamed says so.
   */
  public static Merged merge(Scope scope, PersonId keep, PersonId gone) {
    String keepName = current(scope, keep);
    String goneName = current(scope, gone);
    return new Merged(Journal.merge(scope, keepName, goneName), goneName);
  }

  private static String current(Scope scope, PersonId id) {
    try {
      return Journal.person(scope, id).name();
    } catch (NotFound e) {
      throw new NeedleException(
          "that suggestion is out of date: person "
              + id
              + " is no longer in the ledger (reload the duplicates to see the current ones)",
          e);
    }
  }

  /** The command line that makes the merge, with each name quoted for a shell when it must be. */
  static String command(String keep, String gone) {
    return "needle person merge " + quoted(keep) + " " + quoted(gone);
  }

  static String quoted(String name) {
    if (name.matches("[A-Za-z0-9._@+,:/=-]+")) {
      return name;
    }
    return "\"" + name.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
  }

  /** How much each person has been through with the owner: hours and points both ways. */
  private static Map<PersonId, Double> history(Scope scope) {
    Map<PersonId, Double> weight = new HashMap<>();
    for (Score s : ReadModel.scored(scope, scope.today()).scores()) {
      weight.put(s.person().id(), s.hours() + s.given() + s.received());
    }
    return weight;
  }
}
