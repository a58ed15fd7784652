package needle.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import needle.NeedleException;
import needle.app.Checks;
import needle.app.Scope;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;

/**
 * What an edit form or a PATCH body changes in a person, a time entry, a value event or an ask,
 * read and checked before anything is written: only the fields sent change.
 */
final class Edits {
  static final Set<String> PERSON =
      Set.of(
          "name",
          "title",
          "company",
          "emails",
          "phones",
          "linkedin",
          "tags",
          "notes",
          "level",
          "cadence",
          "firstMet");
  static final Set<String> TIME = Set.of("on", "minutes", "channel", "note", "force");
  static final Set<String> VALUE = Set.of("on", "direction", "kind", "points", "note", "force");
  static final Set<String> ASK =
      Set.of("on", "text", "direction", "outcome", "resolvedOn", "force");

  private Edits() {}

  static UnaryOperator<Person> person(Fields f) {
    String name = f.has("name") ? f.required("name", "\"Ada Lovelace\"") : null;
    List<String> emails = Texts.emails(f.list("emails"));
    Integer level = f.whole("level", "3");
    if (level != null && (level < 0 || level > 6)) {
      throw new NeedleException("level " + level + " is out of range (expected 0 to 6)");
    }
    Integer cadence = f.whole("cadence", "30");
    if (cadence != null && cadence <= 0) {
      throw new NeedleException("cadence " + cadence + " must be a number of days above 0");
    }
    LocalDate met = f.date("firstMet");
    return p -> {
      Person.Builder b = p.toBuilder();
      if (name != null) {
        b.name(name);
      }
      set(f, "title", () -> b.title(f.text("title")));
      set(f, "company", () -> b.company(f.text("company")));
      set(f, "emails", () -> b.emails(emails));
      set(f, "phones", () -> b.phones(f.list("phones")));
      set(f, "linkedin", () -> b.linkedin(f.text("linkedin")));
      set(f, "tags", () -> b.tags(f.list("tags")));
      set(f, "notes", () -> b.notes(f.text("notes")));
      set(f, "level", () -> b.levelOverride(level));
      set(f, "cadence", () -> b.cadenceDays(cadence));
      set(f, "firstMet", () -> b.firstMet(met));
      return b.build();
    };
  }

  static UnaryOperator<TimeEntry> time(Scope scope, Fields f) {
    LocalDate on = on(scope, f);
    Double minutes = f.has("minutes") ? required(f.number("minutes", "30"), "minutes", "30") : null;
    String channelText = f.text("channel");
    Channel channel = channelText == null ? null : Channel.parse(channelText);
    return t ->
        new TimeEntry(
            t.id(),
            t.person(),
            on != null ? on : t.on(),
            minutes != null ? minutes : t.minutes(),
            channel != null ? channel : t.channel(),
            t.source(),
            f.has("note") ? f.text("note") : t.note());
  }

  static UnaryOperator<ValueEvent> value(Scope scope, Fields f) {
    LocalDate on = on(scope, f);
    String directionText = f.text("direction");
    Direction direction = directionText == null ? null : Direction.parse(directionText);
    String kindText = f.text("kind");
    Kind kind = kindText == null ? null : Kind.parse(kindText);
    Double points = f.number("points", "3");
    return v ->
        new ValueEvent(
            v.id(),
            v.person(),
            on != null ? on : v.on(),
            direction != null ? direction : v.direction(),
            kind != null ? kind : v.kind(),
            f.has("points") ? points : v.points(),
            f.has("note") ? f.text("note") : v.note(),
            v.source());
  }

  static UnaryOperator<Ask> ask(Scope scope, Fields f) {
    LocalDate on = on(scope, f);
    String text = f.has("text") ? f.required("text", "\"an intro to Ana\"") : null;
    String directionText = f.text("direction");
    AskDirection direction = directionText == null ? null : askDirection(directionText);
    String outcomeText = f.text("outcome");
    Outcome outcome = outcomeText == null ? null : Outcome.parse(outcomeText);
    LocalDate resolvedOn = f.date("resolvedOn");
    return a -> {
      Outcome now = outcome != null ? outcome : a.outcome();
      LocalDate resolved = f.has("resolvedOn") ? resolvedOn : a.resolvedOn();
      return new Ask(
          a.id(),
          a.person(),
          on != null ? on : a.on(),
          direction != null ? direction : a.direction(),
          text != null ? text : a.text(),
          now,
          now == Outcome.OPEN ? null : resolved,
          a.source());
    };
  }

  /** {@code asked} (I asked them) or {@code was-asked} (they asked me). */
  static AskDirection askDirection(String text) {
    for (AskDirection d : AskDirection.values()) {
      if (d.label().equalsIgnoreCase(text.trim())) {
        return d;
      }
    }
    throw new NeedleException(
        "direction \"" + text + "\" is not known (expected asked or was-asked)");
  }

  /**
   * The entry's new date, when one was sent: a date before 1900 or more than a year ahead is
   * refused unless the change says {@code force}, as a new entry's is ({@link Checks#date}).
   */
  private static LocalDate on(Scope scope, Fields f) {
    return f.has("on")
        ? Checks.date(scope, required(f.date("on"), "on", "2026-03-01"), f.flag("force"))
        : null;
  }

  private static <T> T required(T value, String name, String example) {
    if (value == null) {
      throw new NeedleException(name + " cannot be empty (expected e.g. " + example + ")");
    }
    return value;
  }

  private static void set(Fields f, String name, Runnable change) {
    if (f.has(name)) {
      change.run();
    }
  }
}
