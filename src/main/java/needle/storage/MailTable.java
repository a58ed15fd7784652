package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import needle.ledger.MailMessage;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;

/** The mail_message and mail_recipient tables of one owner: the mail reply rates come from. */
final class MailTable {
  private final Handle handle;
  private final long owner;
  private final Long step;

  /**
   * {@code step} is the undo journal's step that records mail, or null for a session that reads.
   */
  MailTable(Handle handle, long owner, Long step) {
    this.handle = handle;
    this.owner = owner;
    this.step = step;
  }

  /**
   * Records each message unless one with its Message-ID is there, with the recipients of those
   * recorded, as batches; answers how many were recorded.
   */
  int insertAll(List<MailMessage> messages) {
    boolean[] recorded;
    try (RowBatch batch =
        new RowBatch(
            handle,
            "INSERT INTO mail_message (owner_id, message_id, mine, sender, sent_at,"
                + " in_reply_to, subject_key, is_reply, step_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (owner_id, message_id) DO NOTHING")) {
      for (MailMessage m : messages) {
        batch.add(
            owner,
            m.messageId(),
            m.mine(),
            m.sender(),
            m.sentAt(),
            m.inReplyTo(),
            m.subjectKey(),
            m.reply(),
            step);
      }
      recorded = batch.run();
    }
    try (RowBatch batch =
        new RowBatch(
            handle,
            "INSERT INTO mail_recipient (owner_id, message_id, address)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      int count = 0;
      for (int i = 0; i < messages.size(); i++) {
        if (recorded[i]) {
          count++;
          for (String address : messages.get(i).to()) {
            batch.add(owner, messages.get(i).messageId(), address);
          }
        }
      }
      batch.run();
      return count;
    }
  }

  List<MailMessage> all() {
    Map<String, List<String>> to = new HashMap<>();
    handle
        .createQuery(
            "SELECT message_id, address FROM mail_recipient WHERE owner_id = :owner"
                + " ORDER BY message_id, address")
        .bind("owner", owner)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> to.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return handle
        .createQuery(
            "SELECT message_id, mine, sender, sent_at, in_reply_to, subject_key, is_reply"
                + " FROM mail_message WHERE owner_id = :owner ORDER BY sent_at, message_id")
        .bind("owner", owner)
        .map((rs, ctx) -> message(rs, to))
        .list();
  }

  /**
   * Every address the ledger knows, with its person: e-mail addresses, and LinkedIn profile URLs
   * (LinkedIn messages are recorded with those as their addresses).
   */
  Map<String, PersonId> addresses() {
    Map<String, PersonId> byAddress = new HashMap<>();
    handle
        .createQuery(
            "SELECT email, person_id FROM person_email WHERE owner_id = :owner UNION ALL"
                + " SELECT linkedin, id FROM person WHERE owner_id = :owner AND linkedin IS NOT NULL")
        .bind("owner", owner)
        .map((rs, ctx) -> Map.entry(rs.getString(1), Codecs.personId(rs, 2)))
        .forEach(e -> byAddress.put(e.getKey(), e.getValue()));
    return byAddress;
  }

  private static MailMessage message(ResultSet rs, Map<String, List<String>> to)
      throws SQLException {
    String id = rs.getString("message_id");
    return new MailMessage(
        id,
        rs.getBoolean("mine"),
        rs.getString("sender"),
        Codecs.instant(rs, rs.findColumn("sent_at")),
        rs.getString("in_reply_to"),
        rs.getString("subject_key"),
        rs.getBoolean("is_reply"),
        to.getOrDefault(id, List.of()));
  }
}
