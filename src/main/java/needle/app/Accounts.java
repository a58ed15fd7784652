package needle.app;

import needle.storage.Ledger;
import needle.storage.Sessions;

/**
 * {@code user add|passwd|remove|logout}: the accounts that may log in to a shared server, each with
 * a ledger of its own. The first account takes over the local ledger, so a person's existing data
 * is theirs in server mode. Passwords are kept only as Argon2id hashes.
 */
public final class Accounts {
  private Accounts() {}

  /** An account just added: the name it logs in with, and whether it took the local ledger. */
  public record Added(String name, boolean localLedger) {}

  /**
   * Adds {@code name} with {@code password}; refuses a weak password (saying why), a name that
   * cannot be one, and a name already taken. The caller may wipe {@code password} after.
   */
  public static Added add(Ledger ledger, String name, char[] password) {
    String hash = Passwords.hash(needle.storage.Accounts.normalName(name), password);
    needle.storage.Accounts.Account account = needle.storage.Accounts.add(ledger, name, hash);
    return new Added(account.name(), account.id() == Ledger.DEFAULT_OWNER);
  }

  /** Gives {@code name} a new password and ends their sessions, so a stolen one stops working. */
  public static void changePassword(Ledger ledger, String name, char[] password) {
    needle.storage.Accounts.Account account = needle.storage.Accounts.existing(ledger, name);
    String hash = Passwords.hash(account.name(), password);
    needle.storage.Accounts.changePassword(ledger, account, hash);
  }

  /**
   * Removes {@code name}: they can no longer log in, their sessions end, and their ledger is
   * deleted, except the local ledger, which stays for the command line. Returns whether it was the
   * local ledger.
   */
  public static boolean remove(Ledger ledger, String name) {
    needle.storage.Accounts.Account account = needle.storage.Accounts.existing(ledger, name);
    needle.storage.Accounts.remove(ledger, account);
    return account.id() == Ledger.DEFAULT_OWNER;
  }

  /** Ends every session of {@code name}; returns how many there were. */
  public static int logout(Ledger ledger, String name) {
    needle.storage.Accounts.Account account = needle.storage.Accounts.existing(ledger, name);
    return new Sessions(ledger, Login.NO_LIFETIME).closeAll(account.id());
  }

  /** Whether any account exists: a server bound beyond loopback refuses to start without one. */
  public static boolean any(Ledger ledger) {
    return needle.storage.Accounts.any(ledger);
  }
}
