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
 * Every change a person makes by hand, from any door: add, edit, merge and delete people; log, edit
 * and delete time, value and asks; resolve asks. Each is one transaction, and one step that {@link
 * Undo} can take back.
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

  public static Person addPerson(Scope scope, Person draft) {
    return scope.ledger().write("add " + draft.name(), s -> s.addPerson(draft));
  }

  /** Changes the person called {@code name} by {@code change}, and saves them. */
  public static Person edit(Scope scope, String name, UnaryOperator<Person> change) {
    return edit(scope, Who.named(name), change);
  }

  public static Person edit(Scope scope, Who who, UnaryOperator<Person> change) {
    return scope
        .ledger()
        .write(
            "edit",
            s -> {
              Person before = who.in(s);
              s.describe("edit " + before.name());
              return s.updatePerson(change.apply(before));
            });
  }

  /** Folds {@code gone} into {@code keep}. */
  public static Person merge(Scope scope, String keep, String gone) {
    return merge(scope, Who.named(keep), Who.named(gone));
  }

  public static Person merge(Scope scope, Who keep, Who gone) {
    return scope
        .ledger()
        .write(
            "merge",
            s -> {
              Person kept = keep.in(s);
              Person merged = gone.in(s);
              s.describe("merge " + merged.name() + " into " + kept.name());
              return s.merge(kept, merged);
            });
  }

  /** Deletes a person with everything logged for them; answers whom. */
  public static Person deletePerson(Scope scope, Who who) {
    return scope
        .ledger()
        .write(
            "delete",
            s -> {
              Person gone = who.in(s);
              s.describe("delete " + gone.name());
              s.deletePerson(gone);
              return gone;
            });
  }

  /**
   * Deletes the time entry, value event or ask with {@code id}, and answers what it was: its line
   * of the timeline and the person it was for.
   */
  public static Deleted deleteEntry(Scope scope, long id) {
    return scope
        .ledger()
        .write(
            "delete entry " + id,
            s -> {
              Deleted gone = describe(scope, s, id);
              s.deleteEntry(id);
              s.describe("delete " + gone.line());
              return gone;
            });
  }

  /** An entry that was deleted: its timeline line and whose it was. */
  public record Deleted(TimelineItem item, Person person) {
    /** "time entry 12: 30 min · meeting with Ada Lovelace on 2026-11-02". */
    public String line() {
      String what =
          switch (item.kind()) {
            case "time" -> "time entry";
            case "asked", "was-asked" -> "ask";
            default -> "value event";
          };
      return what
          + " "
          + item.id()
          + ": "
          + item.summary()
          + " with "
          + person.name()
          + " on "
          + item.on();
    }
  }

  private static Deleted describe(Scope scope, LedgerSession s, long id) {
    java.util.Optional<TimeEntry> time = s.timeEntry(id);
    if (time.isPresent()) {
      return deleted(s, time.get().person(), TimelineItem.of(time.get()));
    }
    java.util.Optional<ValueEvent> value = s.valueEvent(id);
    if (value.isPresent()) {
      return deleted(s, value.get().person(), TimelineItem.of(value.get(), scope.policy()));
    }
    Ask ask = s.ask(new AskId(id)).orElseThrow(() -> NotFound.entry(id));
    return deleted(s, ask.person(), TimelineItem.of(ask));
  }

  private static Deleted deleted(LedgerSession s, PersonId person, TimelineItem item) {
    return new Deleted(item, s.person(person).orElseThrow());
  }

  /** Changes the time entry {@code id} by {@code change}. */
  public static TimeEntry editTime(Scope scope, long id, UnaryOperator<TimeEntry> change) {
    return scope
        .ledger()
        .write(
            "edit entry " + id,
            s -> {
              TimeEntry before = s.timeEntry(id).orElseThrow(() -> NotFound.entry(id));
              return s.update(change.apply(before));
            });
  }

  public static ValueEvent editValue(Scope scope, long id, UnaryOperator<ValueEvent> change) {
    return scope
        .ledger()
        .write(
            "edit entry " + id,
            s -> {
              ValueEvent before = s.valueEvent(id).orElseThrow(() -> NotFound.entry(id));
              return s.update(change.apply(before));
            });
  }

  public static Ask editAsk(Scope scope, AskId id, UnaryOperator<Ask> change) {
    return scope
        .ledger()
        .write(
            "edit ask " + id,
            s -> {
              Ask before = s.ask(id).orElseThrow(() -> NotFound.ask(id));
              return s.update(change.apply(before));
            });
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
        .write(
            "log time",
            s -> {
              Person p = who.in(s);
              s.describe("log " + Numbers.minutes(minutes) + " with " + p.name());
              return s.log(new TimeEntry(0, p.id(), on, minutes, channel, source, note));
            });
  }

  public static ValueEvent logValue(Scope scope, Who who, LocalDate on, Value v, String source) {
    return scope
        .ledger()
        .write(
            "log " + v.direction().label(),
            s ->
                s.log(
                    new ValueEvent(
                        0,
                        named(s, who, v.direction().label() + " " + v.kind().label()).id(),
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
            "ask",
            s ->
                s.log(
                    new Ask(
                        null,
                        named(s, who, direction == AskDirection.ASKED ? "ask" : "asked by").id(),
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
            "resolve ask " + id,
            s -> {
              s.ask(id).orElseThrow(() -> NotFound.ask(id));
              s.describe("resolve ask " + id + " as " + outcome.label());
              return s.resolve(id, outcome, on);
            });
  }

  /** The person {@code who} names, with the step named "{@code what} NAME". */
  private static Person named(LedgerSession s, Who who, String what) {
    Person p = who.in(s);
    s.describe(what + " " + p.name());
    return p;
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
