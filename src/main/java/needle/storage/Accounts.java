package needle.storage;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import needle.NeedleException;

/**
 * The people who may log in to a shared server, one ledger (owner) each. The first account takes
 * over the local ledger (owner 1), so a person's existing data is theirs in server mode.
 */
public final class Accounts {
  private Accounts() {}

  /** A user of the server: the owner id their rows carry, and their password hash. */
  public record Account(long id, String name, String passwordHash) {}

  /** A user name as it is stored and looked up: trimmed, in lower case. */
  public static String normalName(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }

  public static Account add(Ledger ledger, String name, String passwordHash) {
    String clean = normalName(name);
    if (!clean.matches("[a-z0-9._@-]{2,64}")) {
      throw new NeedleException(
          "\"" + name + "\" cannot be a user name (expected 2-64 letters, digits, . _ @ or -)");
    }
    return ledger.inTransaction(
        (handle, ignored) -> {
          boolean taken =
              handle
                      .createQuery(
                          "SELECT COUNT(*) FROM owner WHERE name = :name AND password_hash IS NOT NULL")
                      .bind("name", clean)
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (taken) {
            throw new NeedleException(
                "the user \"" + clean + "\" already exists (choose another name)");
          }
          boolean localClaimed =
              handle
                  .createQuery("SELECT password_hash FROM owner WHERE id = :id")
                  .bind("id", Ledger.DEFAULT_OWNER)
                  .mapTo(String.class)
                  .findOne()
                  .isPresent();
          if (!localClaimed) {
            handle
                .createUpdate("UPDATE owner SET name = :name, password_hash = :hash WHERE id = :id")
                .bind("name", clean)
                .bind("hash", passwordHash)
                .bind("id", Ledger.DEFAULT_OWNER)
                .execute();
            return new Account(Ledger.DEFAULT_OWNER, clean, passwordHash);
          }
          long id =
              handle
                  .createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM owner")
                  .mapTo(Long.class)
                  .one();
          handle
              .createUpdate(
                  "INSERT INTO owner (id, name, password_hash, created_on) VALUES (:id, :name, :hash, :on)")
              .bind("id", id)
              .bind("name", clean)
              .bind("hash", passwordHash)
              .bind("on", LocalDate.now())
              .execute();
          return new Account(id, clean, passwordHash);
        });
  }

  public static Optional<Account> find(Ledger ledger, String name) {
    String clean = normalName(name);
    return ledger.withHandle(
        (handle, ignored) ->
            handle
                .createQuery(
                    "SELECT id, name, password_hash FROM owner WHERE name = :name AND password_hash IS NOT NULL")
                .bind("name", clean)
                .map((rs, ctx) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .findOne());
  }

  /** The account called {@code name}, or a message saying there is none. */
  public static Account existing(Ledger ledger, String name) {
    return find(ledger, name)
        .orElseThrow(
            () ->
                new NeedleException(
                    "there is no user \""
                        + normalName(name)
                        + "\" (the users are the names given to  needle user add)"));
  }

  /** Gives {@code account} a new password hash and ends every session it has. */
  public static void changePassword(Ledger ledger, Account account, String passwordHash) {
    ledger.inTransaction(
        (handle, ignored) -> {
          handle
              .createUpdate("UPDATE owner SET password_hash = :hash WHERE id = :id")
              .bind("hash", passwordHash)
              .bind("id", account.id())
              .execute();
          return Sessions.closeAll(handle, account.id());
        });
  }

  /**
   * Removes {@code account}: it can no longer log in and its sessions end. Its ledger is deleted
   * with it, except the local ledger (owner 1), which stays for the command line.
   */
  public static void remove(Ledger ledger, Account account) {
    ledger.inTransaction(
        (handle, ignored) -> {
          long id = account.id();
          Sessions.closeAll(handle, id);
          LoginAttempts.forget(handle, id);
          if (id == Ledger.DEFAULT_OWNER) {
            return handle
                .createUpdate("UPDATE owner SET name = 'me', password_hash = NULL WHERE id = :id")
                .bind("id", id)
                .execute();
          }
          for (String table : OWNED_TABLES) {
            handle
                .createUpdate("DELETE FROM " + table + " WHERE owner_id = :id")
                .bind("id", id)
                .execute();
          }
          return handle.createUpdate("DELETE FROM owner WHERE id = :id").bind("id", id).execute();
        });
  }

  /** Every table with rows of an owner, those that others refer to last. */
  private static final java.util.List<String> OWNED_TABLES =
      java.util.List.of(
          "journal_step",
          "journal_person",
          "journal_person_email",
          "journal_time_entry",
          "journal_value_event",
          "journal_ask",
          "suggested_ask",
          "mail_recipient",
          "mail_message",
          "ask",
          "time_entry",
          "value_event",
          "time_tally",
          "value_tally",
          "time_total",
          "value_total",
          "person_email",
          "person",
          "me_email");

  /** Whether any account exists: a server bound beyond loopback refuses to start without one. */
  public static boolean any(Ledger ledger) {
    return ledger.withHandle(
        (handle, ignored) ->
            handle
                    .createQuery("SELECT COUNT(*) FROM owner WHERE password_hash IS NOT NULL")
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }
}
