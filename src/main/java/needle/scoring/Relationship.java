package needle.scoring;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.ledger.History;
import needle.people.Person;

/**
 * One relationship as scoring reads it as of a date: the person, the sums of what flowed up to the
 * date, the counts of their asks as they stood then, the asks themselves that are listed one by one
 * (at least every ask still open as of the date: follow-ups, the calendar) and the share of my
 * e-mails they answered (null without mail). A read model makes these without reading every entry;
 * {@link #of} makes them from a full {@link History}, with every ask.
 */
public record Relationship(
    Person person, Flows flows, AskCounts askCounts, List<Ask> asks, Double replyRate) {

  public Relationship {
    asks = List.copyOf(asks);
  }

  public static Relationship of(History history, LocalDate asOf, Policy policy) {
    return new Relationship(
        history.person(),
        Flows.of(history, asOf, policy),
        AskCounts.of(history.asks(), asOf, policy),
        history.asks(),
        history.replyRate());
  }
}
