package needle.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;

/** Builds small relationship histories dated in days before {@link #AS_OF}. */
final class Histories {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private final String name;
  private String title;
  private Integer level;
  private final List<TimeEntry> time = new ArrayList<>();
  private final List<ValueEvent> values = new ArrayList<>();
  private final List<Ask> asks = new ArrayList<>();

  private Histories(String name) {
    this.name = name;
  }

  static Histories with(String name) {
    return new Histories(name);
  }

  static Histories someone() {
    return with("Someone");
  }

  static LocalDate daysAgo(int days) {
    return AS_OF.minusDays(days);
  }

  static Score score(Histories history) {
    return new Scorer(Policy.defaults()).score(history.build(), AS_OF);
  }

  static RelationshipClass classOf(Histories history) {
    return score(history).relationshipClass();
  }

  Histories level(int rank) {
    level = rank;
    return this;
  }

  Histories title(String newTitle) {
    title = newTitle;
    return this;
  }

  Histories minutes(double minutes, int daysAgo) {
    time.add(new TimeEntry(0, null, daysAgo(daysAgo), minutes, Channel.CALL, "test", null));
    return this;
  }

  Histories hours(double hours, int daysAgo) {
    return minutes(hours * 60, daysAgo);
  }

  Histories hours(double hours) {
    return hours(hours, 0);
  }

  Histories gave(Kind kind, int daysAgo) {
    return value(Direction.GAVE, kind, null, daysAgo(daysAgo));
  }

  Histories got(Kind kind, int daysAgo) {
    return value(Direction.GOT, kind, null, daysAgo(daysAgo));
  }

  Histories joint(Kind kind, int daysAgo) {
    return value(Direction.JOINT, kind, null, daysAgo(daysAgo));
  }

  /** A value event of {@code points} of its own, of kind {@code other}. */
  Histories points(Direction direction, double points, int daysAgo) {
    return value(direction, Kind.OTHER, points, daysAgo(daysAgo));
  }

  Histories value(Direction direction, Kind kind, Double points, LocalDate on) {
    values.add(new ValueEvent(0, null, on, direction, kind, points, null, "test"));
    return this;
  }

  /** An ask of mine, made {@code daysAgo} and resolved the same day unless still open. */
  Histories asked(Outcome outcome, int daysAgo) {
    return ask(AskDirection.ASKED, outcome, daysAgo(daysAgo), resolvedOn(outcome, daysAgo));
  }

  /** An ask of theirs, made {@code daysAgo} and resolved the same day unless still open. */
  Histories wasAsked(Outcome outcome, int daysAgo) {
    return ask(AskDirection.WAS_ASKED, outcome, daysAgo(daysAgo), resolvedOn(outcome, daysAgo));
  }

  Histories ask(AskDirection direction, Outcome outcome, LocalDate on, LocalDate resolvedOn) {
    long id = asks.size() + 1;
    asks.add(new Ask(new AskId(id), null, on, direction, "a favour", outcome, resolvedOn, "test"));
    return this;
  }

  History build() {
    Person person =
        new Person(
            null, name, title, null, List.of(), List.of(), null, List.of(), null, List.of(), level,
            null, null);
    return new History(person, time, values, asks);
  }

  private static LocalDate resolvedOn(Outcome outcome, int daysAgo) {
    return outcome == Outcome.OPEN ? null : daysAgo(daysAgo);
  }
}
