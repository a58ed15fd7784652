package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

  MailTable(Handle handle, long owner) {
    this.handle = handle;
    this.owner = owner;
  }

  /** Records the message unless one with its Message-ID is there; true when recorded. */
  boolean insert(MailMessage m) {
    int rows =
        handle
            .createUpdate(
                "INSERT INTO mail_message (owner_id, message_id, mine, sender, sent_at,"
                    + " in_reply_to, subject_key, is_reply) VALUES (:owner, :id, :mine, :sender,"
                    + " :sentAt, :inReplyTo, :subjectKey, :reply)"
                    + " ON CONFLICT (owner_id, message_id) DO NOTHING")
            .bind("owner", owner)
            .bind("id", m.messageId())
            .bind("mine", m.mine())
            .bind("sender", m.sender())
            .bind("sentAt", m.sentAt().toString())
            .bind("inReplyTo", m.inReplyTo())
            .bind("subjectKey", m.subjectKey())
            .bind("reply", m.reply())
            .execute();
    if (rows == 0) {
      return false;
    }
    for (String address : m.to()) {
      handle
          .createUpdate(
              "INSERT INTO mail_recipient (owner_id, message_id, address)"
                  + " VALUES (:owner, :id, :address) ON CONFLICT DO NOTHING")
          .bind("owner", owner)
          .bind("id", m.messageId())
          .bind("address", address)
          .execute();
    }
    return true;
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
        .map((rs, ctx) -> Map.entry(rs.getString(1), new PersonId(rs.getLong(2))))
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
        Instant.parse(rs.getString("sent_at")),
        rs.getString("in_reply_to"),
        rs.getString("subject_key"),
        rs.getBoolean("is_reply"),
        to.getOrDefault(id, List.of()));
  }
}
