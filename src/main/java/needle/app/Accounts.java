package needle.app;

import needle.storage.Ledger;

/**
 * {@code user add}: the accounts that may log in to a shared server, each with a ledger of its own.
 * The first account takes over the local ledger, so a person's existing data is theirs in server
 * mode. Passwords are kept only as Argon2id hashes.
 */
public final class Accounts {
  private Accounts() {}

  /** An account just added: the name it logs in with, and whether it took the local ledger. */
  public record Added(String name, boolean localLedger) {}

  /**
   * Adds {@code name} with {@code password}; refuses a password too short to be safe, a name that
   * cannot be one, and a name already taken. The caller may wipe {@code password} after.
   */
  public static Added add(Ledger ledger, String name, char[] password) {
    String hash = Passwords.hash(password);
    needle.storage.Accounts.Account account = needle.storage.Accounts.add(ledger, name, hash);
    return new Added(account.name(), account.id() == Ledger.DEFAULT_OWNER);
  }

  /** Whether any account exists: a server bound beyond loopback refuses to start without one. */
  public static boolean any(Ledger ledger) {
    return needle.storage.Accounts.any(ledger);
  }
}
