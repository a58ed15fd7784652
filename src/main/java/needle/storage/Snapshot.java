package needle.storage;

import java.util.List;
import needle.asks.Ask;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Identity;
import needle.people.Person;

/**
 * A whole ledger with its ids and import keys: what a backup holds, so a restore gives back the
 * same ledger and re-importing a file after it still changes nothing.
 */
public record Snapshot(
    List<Person> people,
    List<Keyed<TimeEntry>> time,
    List<Keyed<ValueEvent>> values,
    List<Keyed<Ask>> asks,
    List<MailMessage> mail,
    Identity me) {

  public Snapshot {
    me = me == null ? Identity.NOBODY : me;
    people = List.copyOf(people);
    time = List.copyOf(time);
    values = List.copyOf(values);
    asks = List.copyOf(asks);
    mail = List.copyOf(mail);
  }

  /** A ledger whose owner is not named. */
  public Snapshot(
      List<Person> people,
      List<Keyed<TimeEntry>> time,
      List<Keyed<ValueEvent>> values,
      List<Keyed<Ask>> asks,
      List<MailMessage> mail) {
    this(people, time, values, asks, mail, Identity.NOBODY);
  }

  /** An entry with the import key it was written with, or null when it was logged by hand. */
  public record Keyed<T>(T entry, String importKey) {}
}
