package needle.app;

import java.util.function.LongSupplier;
import needle.storage.Ledger;

/**
 * A ledger's revision, looked up for many requests at once. Every request must see every write made
 * before it arrived (by this server or another on the same database), so each needs a lookup that
 * starts after it arrived; but one lookup serves all the requests that arrived before it started.
 * While a lookup runs, the requests that come in wait for the next one, which a single one of them
 * makes: under load a few lookups serve many requests, and none is served an answer older than
 * itself.
 */
final class Revisions {
  /** Owners whose lookups are shared; one forgotten while in use only shares a little less. */
  private static final Recent<Owner, Revisions> BY_OWNER = new Recent<>(64);

  private record Owner(Object database, long owner) {}

  private final Object lock = new Object();

  /** How many lookups have started, the number of the last that answered, and its answer. */
  private long started;

  private long answered;
  private long revision;
  private boolean running;

  Revisions() {}

  /** The revision of {@code ledger} as of this call or later. */
  static long of(Ledger ledger) {
    Owner owner = new Owner(ledger.database(), ledger.owner());
    Revisions kept = BY_OWNER.get(owner);
    return (kept != null ? kept : BY_OWNER.keep(owner, new Revisions())).current(ledger::revision);
  }

  /** The answer of a lookup that started after this call, made here or by another thread. */
  long current(LongSupplier lookup) {
    long number;
    synchronized (lock) {
      long arrived = started;
      while (running) {
        waitForTheRunningLookup();
        if (answered > arrived) {
          return revision;
        }
      }
      running = true;
      number = ++started;
    }
    boolean ok = false;
    long answer = 0;
    try {
      answer = lookup.getAsLong();
      ok = true;
      return answer;
    } finally {
      synchronized (lock) {
        running = false;
        // A failed lookup answers no one: those waiting for it make their own.
        if (ok) {
          answered = number;
          revision = answer;
        }
        lock.notifyAll();
      }
    }
  }

  private void waitForTheRunningLookup() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the ledger's revision was looked up", e);
    }
  }
}
