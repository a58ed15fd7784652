package needle.scoring;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.ledger.History;
import needle.ledger.ValueEvent;
import needle.people.Person;

/**
 * One relationship as scoring reads it as of a date: the person, the sums of what flowed up to the
 * date, the counts of their asks as they stood then, the asks themselves that are listed one by one
 * (at least every ask still open as of the date: follow-ups, the calendar) and the share of my
 * e-mails they answered (null without mail). A read model makes these without reading every entry;
 * {@link #of} makes them from a full {@link History}, with every ask.
 *
 * <p>{@code values} are the value events the reasons may quote (the largest ones, with their notes
 * and months): every one of a full history, none from a read model that only keeps sums. They never
 * change the figures, the class or the action, which come from the sums alone.
 */
public record Relationship(
    Person person,
    Flows flows,
    AskCounts askCounts,
    List<Ask> asks,
    Double replyRate,
    List<ValueEvent> values) {

  public Relationship {
    asks = List.copyOf(asks);
    values = List.copyOf(values);
  }

  /** A relationship read from sums, with no value events to quote. */
  public Relationship(
      Person person, Flows flows, AskCounts askCounts, List<Ask> asks, Double replyRate) {
    this(person, flows, askCounts, asks, replyRate, List.of());
  }

  public static Relationship of(History history, LocalDate asOf, Policy policy) {
    return new Relationship(
        history.person(),
        Flows.of(history, asOf, policy),
        AskCounts.of(history.asks(), asOf, policy),
        history.asks(),
        history.replyRate(),
        history.values());
  }

  /** The same relationship with {@code events} to quote in its reasons. */
  public Relationship quoting(List<ValueEvent> events) {
    return new Relationship(person, flows, askCounts, asks, replyRate, events);
  }
}
