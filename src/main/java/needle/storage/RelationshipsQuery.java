package needle.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import needle.asks.Ask;
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
  /** How many times a read is tried again when a write changed the ledger while it read. */
  private static final int ATTEMPTS = 4;

  private RelationshipsQuery() {}

  /**
   * The relationships with the revision they were read at, on one connection; builds the read model
   * first when it is missing or was made for another half-life. Null when a write changed the
   * ledger during each attempt.
   */
  static Ledger.Standing standing(Handle handle, long owner, LocalDate asOf, Policy policy) {
    int halfLife = policy.halfLifeDays();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Kept before = Kept.of(handle, owner);
      if (before.halfLife() != halfLife) {
        Ledger.buildTallies(handle, owner, halfLife);
        before = Kept.of(handle, owner);
      }
      List<Relationship> all = asOf(handle, owner, asOf, policy);
      if (Kept.of(handle, owner).revision() == before.revision()) {
        return new Ledger.Standing(before.revision(), all);
      }
    }
    return null;
  }

  /** The owner's revision, and the half-life the read model is kept for (0 when none is kept). */
  private record Kept(long revision, long halfLife) {
    static Kept of(Handle handle, long owner) {
      Kept[] found = {new Kept(0, 0)};
      RowQuery.each(
          handle,
          "SELECT revision, tally_half_life FROM owner WHERE id = ?",
          row -> found[0] = new Kept(row.getLong(1), row.getLong(2)),
          owner);
      return found[0];
    }
  }

  static List<Relationship> asOf(Handle handle, long owner, LocalDate asOf, Policy policy) {
    Map<PersonId, Flows> flows = new FlowsQuery(handle, owner, policy).asOf(asOf);
    AsksQuery asks = new AsksQuery(handle, owner);
    Map<Long, AskCounts> counts = asks.counts(asOf, policy);
    Map<Long, List<Ask>> open = asks.openAsOf(asOf);
    Map<PersonId, MailStats> replies = replies(handle, owner);
    List<Person> people = PeopleTable.plain(handle, owner).all();
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

  /** Reply rates; none without mail, which most ledgers have none of. */
  private static Map<PersonId, MailStats> replies(Handle handle, long owner) {
    boolean[] any = {false};
    RowQuery.each(
        handle,
        "SELECT 1 FROM mail_message WHERE owner_id = ? LIMIT 1",
        row -> any[0] = true,
        owner);
    if (!any[0]) {
      return Map.of();
    }
    MailTable mail = new MailTable(handle, owner, null);
    return Replies.of(mail.all(), mail.addresses()::get);
  }
}
