package needle.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import needle.asks.Ask;
import needle.ledger.MailMessage;
import needle.ledger.MailStats;
import needle.ledger.Replies;
import needle.people.Person;
import needle.people.PersonId;
import needle.scoring.AskCounts;
import needle.scoring.Flows;
import needle.scoring.Policy;
import needle.scoring.Relationship;
import org.jdbi.v3.core.Handle;

/**
 * Every relationship of one owner as scoring reads it as of a date, from the read model's sums
 * (which must be built for the policy's half-life) and the asks counted where they are kept, rather
 * than from every entry.
 */
final class RelationshipsQuery {
  private RelationshipsQuery() {}

  static List<Relationship> asOf(Handle handle, long owner, LocalDate asOf, Policy policy) {
    Map<PersonId, Flows> flows = new FlowsQuery(handle, owner, policy).asOf(asOf);
    AsksQuery asks = new AsksQuery(handle, owner);
    Map<Long, AskCounts> counts = asks.counts(asOf, policy);
    Map<Long, List<Ask>> open = asks.openAsOf(asOf);
    Map<PersonId, MailStats> replies = replies(new MailTable(handle, owner));
    List<Person> people = new PeopleTable(handle, owner).all();
    List<Relationship> all = new ArrayList<>(people.size());
    for (Person p : people) {
      MailStats stats = replies.get(p.id());
      long id = p.id().value();
      all.add(
          new Relationship(
              p,
              flows.getOrDefault(p.id(), Flows.NONE),
              counts.getOrDefault(id, AskCounts.NONE),
              open.getOrDefault(id, List.of()),
              stats == null ? null : stats.replyRate()));
    }
    return all;
  }

  /** Reply rates; the addresses to match are read only when there is mail. */
  private static Map<PersonId, MailStats> replies(MailTable mail) {
    List<MailMessage> messages = mail.all();
    return messages.isEmpty() ? Map.of() : Replies.of(messages, mail.addresses()::get);
  }
}
