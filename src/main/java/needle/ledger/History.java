package needle.ledger;

import java.util.List;
import needle.asks.Ask;
import needle.people.Person;

/**
 * Everything the ledger knows of one relationship: the input to scoring. {@code replyRate} is the
 * share of my e-mails they answered, when mail was imported, else null.
 */
public record History(
    Person person,
    List<TimeEntry> time,
    List<ValueEvent> values,
    List<Ask> asks,
    Double replyRate) {

  public History {
    time = List.copyOf(time);
    values = List.copyOf(values);
    asks = List.copyOf(asks);
  }

  public History(Person person, List<TimeEntry> time, List<ValueEvent> values, List<Ask> asks) {
    this(person, time, values, asks, null);
  }
}
