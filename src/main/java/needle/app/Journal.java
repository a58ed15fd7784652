package needle.app;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonId;
import needle.storage.LedgerSession;

/**
 * Every change a person makes by hand, from any door: add, edit and merge people; log time, value
 * and asks; resolve asks. Each is one transaction.
 */
public final class Journal {
  private Journal() {}

  /** Whom an entry is for: a name as typed on the command line, or an id from a page or the API. */
  public sealed interface Who {
    Person in(LedgerSession s);

    static Who named(String name) {
      return new Named(name);
    }

    static Who id(PersonId id) {
      return new ById(id);
    }
  }

  record Named(String name) implements Who {
    @Override
    public Person in(LedgerSession s) {
      return s.requirePerson(name);
    }
  }

  record ById(PersonId id) implements Who {
    @Override
    public Person in(LedgerSession s) {
      return s.person(id).orElseThrow(() -> new NotFound("person", id));
    }
  }

  /** What a value event says, before it is logged. */
  public record Value(Direction direction, Kind kind, Double points, String note) {}

  /** Adds a person typed by hand: every detail given is marked typed, and no import changes it. */
  public static Person addPerson(Scope scope, Person draft) {
    return scope.ledger().write(s -> s.addPerson(draft.typedOver(null)));
  }

  /**
   * Changes the person called {@code name} by {@code change}, and saves them; each detail it
   * changes is marked typed by hand, and no import changes it again.
   */
  public static Person edit(Scope scope, String name, UnaryOperator<Person> change) {
    return scope
        .ledger()
        .write(
            s -> {
              Person before = s.requirePerson(name);
              return s.updatePerson(change.apply(before).typedOver(before));
            });
  }

  /** Folds {@code gone} into {@code keep}. */
  public static Person merge(Scope scope, String keep, String gone) {
    return scope.ledger().write(s -> s.merge(s.requirePerson(keep), s.requirePerson(gone)));
  }

  public static TimeEntry logTime(
      Scope scope,
      Who who,
      LocalDate on,
      double minutes,
      Channel channel,
      String note,
      String source) {
    return scope
        .ledger()
        .write(s -> s.log(new TimeEntry(0, who.in(s).id(), on, minutes, channel, source, note)));
  }

  public static ValueEvent logValue(Scope scope, Who who, LocalDate on, Value v, String source) {
    return scope
        .ledger()
        .write(
            s ->
                s.log(
                    new ValueEvent(
                        0,
                        who.in(s).id(),
                        on,
                        v.direction(),
                        v.kind(),
                        v.points(),
                        v.note(),
                        source)));
  }

  /** Records an open ask, mine or theirs. */
  public static Ask ask(
      Scope scope, Who who, LocalDate on, AskDirection direction, String text, String source) {
    return scope
        .ledger()
        .write(
            s ->
                s.log(
                    new Ask(
                        null,
                        who.in(s).id(),
                        on,
                        direction,
                        text.trim(),
                        Outcome.OPEN,
                        null,
                        source)));
  }

  public static Ask resolve(Scope scope, AskId id, Outcome outcome, LocalDate on) {
    return scope
        .ledger()
        .write(
            s -> {
              s.ask(id).orElseThrow(() -> NotFound.ask(id));
              return s.resolve(id, outcome, on);
            });
  }

  /** The person an entry was logged for. */
  public static Person person(Scope scope, PersonId id) {
    return scope.ledger().read(s -> new ById(id).in(s));
  }

  /** The points a value event counts for: its own, else its kind's in the config in force. */
  public static double points(Scope scope, ValueEvent v) {
    return v.points() != null ? v.points() : scope.policy().pointsOf(v.kind());
  }
}
