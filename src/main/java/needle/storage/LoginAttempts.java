package needle.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Failed logins per subject (a client address, a user name), kept in the database so that every
 * server on it shares the count. Each change runs under the subjects' row locks, in one
 * transaction, so that logins sent at once take their turn and none slips under a limit.
 */
public final class LoginAttempts {
  /** Owner 0 holds what belongs to no ledger: addresses, and names that are no account. */
  public static final long NO_OWNER = 0;

  private LoginAttempts() {}

  /** What is counted: a subject within an owner's rows. */
  public record Key(long ownerId, String subject) {}

  /** The failures counted for a key: how many, the first and the latest. */
  public record Count(int failures, Instant first, Instant last) {
    public static final Count NONE = new Count(0, Instant.EPOCH, Instant.EPOCH);
  }

  /** What a rule decided: its answer, and the counts to store (null to store nothing). */
  public record Change<R>(R result, List<Count> store) {}

  /**
   * Reads the counts of {@code keys} under their row locks, taken in the order given, and stores
   * what {@code rule} returns for them, all in one transaction. Rows quiet since {@code
   * forgetBefore} are deleted on the way.
   */
  public static <R> R change(
      Ledger ledger, List<Key> keys, Instant forgetBefore, Function<List<Count>, Change<R>> rule) {
    return ledger.inTransaction(
        (handle, ignored) -> {
          List<Count> counts = new ArrayList<>();
          for (Key key : keys) {
            counts.add(locked(handle, key));
          }
          Change<R> change = rule.apply(counts);
          if (change.store() != null) {
            for (int i = 0; i < keys.size(); i++) {
              store(handle, keys.get(i), change.store().get(i));
            }
          }
          for (Key key : keys) {
            handle
                .createUpdate(
                    "DELETE FROM login_throttle WHERE owner_id = :owner AND last_at < :before")
                .bind("owner", key.ownerId())
                .bind("before", forgetBefore.toEpochMilli())
                .execute();
          }
          return change.result();
        });
  }

  /** Forgets every count of {@code ownerId}'s account, e.g. when it is removed. */
  static void forget(Handle handle, long ownerId) {
    handle
        .createUpdate("DELETE FROM login_throttle WHERE owner_id = :owner")
        .bind("owner", ownerId)
        .execute();
  }

  /** The key's count; an absent row is inserted first, so that there is a row to lock. */
  private static Count locked(Handle handle, Key key) {
    handle
        .createUpdate(
            "INSERT INTO login_throttle (owner_id, subject, failures, first_at, last_at)"
                + " VALUES (:owner, :subject, 0, 0, 0) ON CONFLICT (owner_id, subject) DO NOTHING")
        .bind("owner", key.ownerId())
        .bind("subject", key.subject())
        .execute();
    // A write that changes nothing takes the row lock on PostgreSQL; SQLite's writers hold the
    // whole database from BEGIN IMMEDIATE.
    handle
        .createUpdate(
            "UPDATE login_throttle SET failures = failures"
                + " WHERE owner_id = :owner AND subject = :subject")
        .bind("owner", key.ownerId())
        .bind("subject", key.subject())
        .execute();
    return handle
        .createQuery(
            "SELECT failures, first_at, last_at FROM login_throttle"
                + " WHERE owner_id = :owner AND subject = :subject")
        .bind("owner", key.ownerId())
        .bind("subject", key.subject())
        .map(
            (rs, ctx) ->
                new Count(
                    rs.getInt(1),
                    Instant.ofEpochMilli(rs.getLong(2)),
                    Instant.ofEpochMilli(rs.getLong(3))))
        .one();
  }

  private static void store(Handle handle, Key key, Count count) {
    handle
        .createUpdate(
            "UPDATE login_throttle SET failures = :failures, first_at = :first, last_at = :last"
                + " WHERE owner_id = :owner AND subject = :subject")
        .bind("failures", count.failures())
        .bind("first", count.first().toEpochMilli())
        .bind("last", count.last().toEpochMilli())
        .bind("owner", key.ownerId())
        .bind("subject", key.subject())
        .execute();
  }
}
