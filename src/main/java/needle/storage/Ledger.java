package needle.storage;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import needle.scoring.Policy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
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
  private final DataSource source;
  private final String description;
  private final long owner;
  private final Runnable waiting;

  private Ledger(Jdbi jdbi, DataSource source, String description, long owner, Runnable waiting) {
    this.source = source;
    this.jdbi = jdbi;
    this.description = description;
    this.owner = owner;
    this.waiting = waiting;
  }

  /** Opens (creating and migrating if needed) the ledger {@code --db} names. */
  public static Ledger open(String spec, Map<String, String> env) {
    return open(Location.of(spec, env));
  }

  public static Ledger open(Location location) {
    DataSource source = Database.open(location);
    return new Ledger(
        Codecs.install(Jdbi.create(source)),
        source,
        Database.describe(location),
        DEFAULT_OWNER,
        () -> {});
  }

  /** The same database, seen as another owner's ledger. */
  public Ledger asOwner(long otherOwner) {
    return new Ledger(jdbi, source, description, otherOwner, waiting);
  }

  /**
   * The same ledger, which runs {@code tell} when a write has to wait for another one to finish (on
   * SQLite, another process's import, say), once per write: the command line says so.
   */
  public Ledger whenWaiting(Runnable tell) {
    return new Ledger(jdbi, source, description, owner, tell);
  }

  /**
   * The same ledger with its connections kept open in a pool, for a server: opening an SQLite
   * connection costs more than most of the queries a page makes. PostgreSQL is pooled already.
   */
  public Ledger pooled() {
    DataSource pool = Database.pooled(source);
    return pool == source
        ? this
        : new Ledger(Codecs.install(Jdbi.create(pool)), pool, description, owner, waiting);
  }

  /**
   * What tells this open database from any other, for caches of what was read from it: ledgers of
   * one database (several owners' too) share it, and a database opened anew gets a new one.
   */
  public Object database() {
    return jdbi;
  }

  /** The Jdbi this ledger runs its statements on, for tests that look at them. */
  Jdbi jdbi() {
    return jdbi;
  }

  /** Whose ledger this is in a database that may hold several. */
  public long owner() {
    return owner;
  }

  /** Where the ledger lives, with any password hidden. */
  public String description() {
    return description;
  }

  public <R> R read(Function<LedgerSession, R> work) {
    return translate(() -> jdbi.withHandle(h -> work.apply(readOnly(h))));
  }

  /**
   * Runs {@code work} in one transaction: all of it is kept, or none of it. Behind another writer
   * it waits its turn ({@link TakingTurns}).
   */
  public <R> R write(Function<LedgerSession, R> work) {
    return write("change", work);
  }

  /**
   * Like {@link #write(Function)}, and the write is one step of the undo journal, which {@code undo
   * --list} names by {@code label} ("import linkedin Connections.csv").
   */
  public <R> R write(String label, Function<LedgerSession, R> work) {
    return inTurn(
        h -> {
          Integer halfLife = bumpRevision(h, owner);
          Ids ids = Ids.forWrite(h, owner);
          Changes changes =
              new Changes(h, owner, revision(h, owner), label, ids.lastPerson(), ids.lastEntry());
          LedgerSession session =
              new LedgerSession(h, owner, new Tallies(h, owner, halfLife), ids, changes);
          R result = work.apply(session);
          session.finish();
          return result;
        });
  }

  /**
   * Takes back the latest step of the undo journal, and answers it; empty when there is none. The
   * undo itself is no step: a second undo takes back the step before.
   */
  public java.util.Optional<Step> undo() {
    return undo(step -> {});
  }

  /**
   * Like {@link #undo()}; {@code check} sees the latest step first, in the same transaction, and
   * may refuse to take it back by throwing.
   */
  public java.util.Optional<Step> undo(Consumer<Step> check) {
    return inTurn(
        h -> {
          Integer halfLife = bumpRevision(h, owner);
          Tallies tallies = new Tallies(h, owner, halfLife);
          java.util.Optional<Step> undone = Changes.undo(h, owner, tallies, halfLife, check);
          tallies.flush();
          return undone;
        });
  }

  /** The latest {@code limit} steps that {@link #undo} can take back, the latest first. */
  public java.util.List<Step> steps(int limit) {
    return translate(() -> jdbi.withHandle(h -> Changes.steps(h, owner, limit)));
  }

  /** Runs {@code work} in a transaction of its own once the database lets it begin. */
  private <R> R inTurn(Function<Handle, R> work) {
    return TakingTurns.run(
        () -> translate(() -> inTransactionOrBusy(callback -> jdbi.inTransaction(callback), work)),
        waiting,
        description);
  }

  /**
   * Runs {@code work} in a transaction, and throws {@link TakingTurns.Busy} when the database was
   * busy before it began, so that the whole of it can be tried again.
   */
  static <R> R inTransactionOrBusy(
      Function<HandleCallback<R, RuntimeException>, R> transactions, Function<Handle, R> work) {
    boolean[] began = {false};
    try {
      return transactions.apply(
          h -> {
            began[0] = true;
            return work.apply(h);
          });
    } catch (JdbiException e) {
      if (!began[0] && TakingTurns.busy(e)) {
        throw new TakingTurns.Busy(e);
      }
      throw e;
    }
  }

  /**
   * The count of writes to this owner's ledger so far: equal counts mean an unchanged ledger, so
   * what was worked out from it still holds.
   */
  public long revision() {
    return translate(() -> jdbi.withHandle(h -> revision(h, owner)));
  }

  /**
   * Every relationship as scoring reads it as of {@code asOf}, from the read model, with the
   * revision it was read at. Builds the read model first when it is missing or was made for another
   * half-life; returns empty when the policy or the date is outside what it can serve.
   */
  public java.util.Optional<Standing> standing(java.time.LocalDate asOf, Policy policy) {
    Weights weights = new Weights(policy.halfLifeDays());
    if (!weights.covers(asOf)) {
      return java.util.Optional.empty();
    }
    // Read only, but it may first have to build the read model, which is a write.
    return TakingTurns.run(
        () ->
            translate(
                () ->
                    jdbi.withHandle(
                        h ->
                            java.util.Optional.ofNullable(
                                RelationshipsQuery.standing(h, owner, asOf, policy)))),
        waiting,
        description);
  }

  /** The relationships of one revision of a ledger. */
  public record Standing(
      long revision, java.util.List<needle.scoring.Relationship> relationships) {}

  /**
   * Builds every sum of the read model for {@code halfLife}, unless a writer that held the owner's
   * lock before us just did.
   */
  static void buildTallies(Handle handle, long owner, int halfLife) {
    Ledger.<Void>inTransactionOrBusy(
        callback -> handle.inTransaction(callback),
        h -> {
          lock(h, owner);
          Integer now = halfLife(h, owner);
          if (now == null || now != halfLife) {
            Tallies.buildAll(h, owner, halfLife);
          }
          return null;
        });
  }

  private LedgerSession readOnly(Handle h) {
    return new LedgerSession(h, owner, new Tallies(h, owner, null), Ids.none(h, owner), null);
  }

  /**
   * Counts one more write and takes the owner's row lock for the rest of the transaction, so that
   * writers of one ledger, and a rebuild of its read model, take turns; returns the half-life the
   * read model is kept for (null when it is not kept).
   */
  static Integer bumpRevision(Handle h, long owner) {
    h.createUpdate("UPDATE owner SET revision = revision + 1 WHERE id = :owner")
        .bind("owner", owner)
        .execute();
    return halfLife(h, owner);
  }

  private static void lock(Handle h, long owner) {
    h.createUpdate("UPDATE owner SET revision = revision WHERE id = :owner")
        .bind("owner", owner)
        .execute();
  }

  private static long revision(Handle h, long owner) {
    return h.createQuery("SELECT revision FROM owner WHERE id = :owner")
        .bind("owner", owner)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  private static Integer halfLife(Handle h, long owner) {
    return h.createQuery("SELECT tally_half_life FROM owner WHERE id = :owner")
        .bind("owner", owner)
        .mapTo(Integer.class)
        .findOne()
        .orElse(null);
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
    return inTurn(h -> work.apply(h, owner));
  }

  private <R> R translate(java.util.function.Supplier<R> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException(
          Faults.explain(e, description)
              .orElseGet(
                  () ->
                      "the ledger "
                          + description
                          + " could not be read or written: "
                          + cause.getMessage()
                          + " (nothing was changed)"),
          e);
    }
  }
}
