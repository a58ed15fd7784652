package needle.storage;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A person's ledger in SQLite or PostgreSQL. Reads and writes go through a {@link LedgerSession};
 * every write runs in one transaction, so a failure leaves the ledger as it was.
 */
public final class Ledger {
  /** The owner of the command-line ledger; server mode adds more. */
  public static final long DEFAULT_OWNER = 1;

  private final Jdbi jdbi;
  private final String description;
  private final long owner;

  private Ledger(Jdbi jdbi, String description, long owner) {
    this.jdbi = jdbi;
    this.description = description;
    this.owner = owner;
  }

  /** Opens (creating and migrating if needed) the ledger {@code --db} names. */
  public static Ledger open(String spec, Map<String, String> env) {
    return open(Location.of(spec, env));
  }

  public static Ledger open(Location location) {
    DataSource source = Database.open(location);
    return new Ledger(Jdbi.create(source), Database.describe(location), DEFAULT_OWNER);
  }

  /** The same database, seen as another owner's ledger. */
  public Ledger asOwner(long otherOwner) {
    return new Ledger(jdbi, description, otherOwner);
  }

  /** Where the ledger lives, with any password hidden. */
  public String description() {
    return description;
  }

  public <R> R read(Function<LedgerSession, R> work) {
    return translate(() -> jdbi.withHandle(h -> work.apply(new LedgerSession(h, owner))));
  }

  /** Runs {@code work} in one transaction: all of it is kept, or none of it. */
  public <R> R write(Function<LedgerSession, R> work) {
    return translate(() -> jdbi.inTransaction(h -> work.apply(new LedgerSession(h, owner))));
  }

  public void update(Consumer<LedgerSession> work) {
    write(
        session -> {
          work.accept(session);
          return null;
        });
  }

  /** Runs {@code work} on one connection, with this ledger's owner, for storage internals. */
  <R> R withHandle(java.util.function.BiFunction<org.jdbi.v3.core.Handle, Long, R> work) {
    return translate(() -> jdbi.withHandle(h -> work.apply(h, owner)));
  }

  /** Runs {@code work} in one transaction, with this ledger's owner, for storage internals. */
  <R> R inTransaction(java.util.function.BiFunction<org.jdbi.v3.core.Handle, Long, R> work) {
    return translate(() -> jdbi.inTransaction(h -> work.apply(h, owner)));
  }

  private <R> R translate(java.util.function.Supplier<R> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException(
          "the ledger "
              + description
              + " could not be read or written: "
              + cause.getMessage()
              + " (nothing was changed)",
          e);
    }
  }
}
