package needle.storage;

import java.util.List;
import needle.asks.Ask;
import needle.asks.Suggestion;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Identity;
import needle.people.Person;

/**
 * A whole ledger with its ids and import keys: what a backup holds, so a restore gives back the
 * same ledger and re-importing a file after it still changes nothing. {@code suggestions} are the
 * asks found in mail, whatever became of them, so a dismissed one stays dismissed.
 */
public record Snapshot(
    List<Person> people,
    List<Keyed<TimeEntry>> time,
    List<Keyed<ValueEvent>> values,
    List<Keyed<Ask>> asks,
    List<MailMessage> mail,
    Identity me,
    List<Suggestion> suggestions) {

  public Snapshot {
    me = me == null ? Identity.NOBODY : me;
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
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
    this(people, time, values, asks, mail, Identity.NOBODY, List.of());
  }

  /** A ledger without asks found in mail waiting for review. */
  public Snapshot(
      List<Person> people,
      List<Keyed<TimeEntry>> time,
      List<Keyed<ValueEvent>> values,
      List<Keyed<Ask>> asks,
      List<MailMessage> mail,
      Identity me) {
    this(people, time, values, asks, mail, me, List.of());
  }

  /** An entry with the import key it was written with, or null when it was logged by hand. */
  public record Keyed<T>(T entry, String importKey) {}
}
