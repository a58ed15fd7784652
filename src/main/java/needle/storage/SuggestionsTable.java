package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import needle.asks.AskId;
import needle.asks.Suggestion;
import org.jdbi.v3.core.Handle;

/**
 * The suggested_ask table of one owner (schema V11): asks found in mail, until accepted or
 * dismissed. Its ids count per owner from the largest one there, under the write's owner lock.
 */
final class SuggestionsTable {
  private static final String COLUMNS =
      "id, message_id, address, sent_at, on_date, text, state, ask_id";

  private final Handle handle;
  private final long owner;
  private final Long step;
  private long lastId = -1;

  /** {@code step} is the undo journal's step of the write, or null for a session that reads. */
  SuggestionsTable(Handle handle, long owner, Long step) {
    this.handle = handle;
    this.owner = owner;
    this.step = step;
  }

  /**
   * Adds each suggestion unless one for its message and address is there (accepted, dismissed or
   * not), as one batch; answers how many were added.
   */
  int insertAll(List<Suggestion> found) {
    if (lastId < 0) {
      lastId =
          handle
              .createQuery("SELECT COALESCE(MAX(id), 0) FROM suggested_ask WHERE owner_id = :owner")
              .bind("owner", owner)
              .mapTo(Long.class)
              .one();
    }
    try (RowBatch batch =
        new RowBatch(
            handle,
            "INSERT INTO suggested_ask (owner_id, id, message_id, address, sent_at, on_date, text,"
                + " state, ask_id, step_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (owner_id, message_id, address) DO NOTHING")) {
      for (Suggestion s : found) {
        batch.add(
            owner,
            s.id() > 0 ? s.id() : ++lastId,
            s.messageId(),
            s.address(),
            s.sentAt(),
            s.on(),
            s.text(),
            s.state(),
            s.ask(),
            step);
      }
      return batch.count();
    }
  }

  /** The suggestions in {@code state}, or all of them when it is null, oldest first. */
  List<Suggestion> all(Suggestion.State state) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM suggested_ask WHERE owner_id = :owner"
                + (state == null ? "" : " AND state = :state")
                + " ORDER BY on_date, sent_at, id")
        .bind("owner", owner)
        .bind("state", state == null ? null : state.label())
        .map((rs, ctx) -> suggestion(rs))
        .list();
  }

  /** The suggestions with these ids, in id order; ids with none are left out. */
  List<Suggestion> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM suggested_ask WHERE owner_id = :owner AND id IN (<ids>) ORDER BY id")
        .bind("owner", owner)
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> suggestion(rs))
        .list();
  }

  /**
   * Marks a suggestion still waiting as {@code state}, by this write's step, with the ask it became
   * (or null); false when it was no longer waiting.
   */
  boolean decide(long id, Suggestion.State state, AskId ask) {
    return handle
            .createUpdate(
                "UPDATE suggested_ask SET state = :state, ask_id = :ask, decided_step = :step"
                    + " WHERE owner_id = :owner AND id = :id AND state = 'suggested'")
            .bind("state", state.label())
            .bind("ask", ask == null ? null : ask.value())
            .bind("step", step)
            .bind("owner", owner)
            .bind("id", id)
            .execute()
        == 1;
  }

  private static Suggestion suggestion(ResultSet rs) throws SQLException {
    return new Suggestion(
        rs.getLong("id"),
        rs.getString("address"),
        rs.getString("message_id"),
        Codecs.instant(rs, rs.findColumn("sent_at")),
        Codecs.date(rs, "on_date"),
        rs.getString("text"),
        Codecs.label(Suggestion.State.class, rs, "state"),
        Codecs.askId(rs, rs.findColumn("ask_id")));
  }
}
