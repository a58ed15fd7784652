package needle.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import needle.ledger.History;
import needle.scoring.Relationship;
import needle.scoring.Scorer;
import needle.storage.Ledger;

/**
 * The scored ledger, kept per (ledger, owner, revision, date, config): a page view after no change
 * costs a revision lookup, which it shares with the requests that arrive beside it. The
 * relationships come from the storage read model, which sums each person's entries as they are
 * written; only a config or date it cannot serve falls back to reading every entry.
 */
public final class ReadModel {
  /** Enough for a few owners and dates at once; each holds one scored ledger. */
  private static final int KEPT = 16;

  private static final Recent<Key, Scored> CACHE = new Recent<>(KEPT);

  /** The scored ledgers being worked out: a request that needs one waits for it. */
  private static final Map<Key, CompletableFuture<Scored>> MAKING = new ConcurrentHashMap<>();

  private record Key(
      Object database, long owner, long revision, LocalDate asOf, needle.scoring.Policy policy) {}

  private ReadModel() {}

  /**
   * Every relationship of the scope's ledger scored as of {@code asOf}. It is worked out once per
   * revision: the requests that arrive meanwhile (a page's many visitors after a write) wait for it
   * instead of each reading the whole ledger again.
   */
  public static Scored scored(Scope scope, LocalDate asOf) {
    Key key = key(scope, Revisions.of(scope.ledger()), asOf);
    Scored kept = CACHE.get(key);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<Scored> mine = new CompletableFuture<>();
    CompletableFuture<Scored> theirs = MAKING.putIfAbsent(key, mine);
    if (theirs != null) {
      return waitFor(theirs);
    }
    try {
      // Kept by another request that finished between the look in the cache and now.
      Scored scored = CACHE.get(key);
      if (scored == null) {
        scored = compute(scope, asOf, key.revision());
        CACHE.keep(key(scope, scored.revision(), asOf), scored);
      }
      mine.complete(scored);
      return scored;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      MAKING.remove(key, mine);
    }
  }

  /** The scored ledger another request is working out, or what stopped it. */
  private static Scored waitFor(CompletableFuture<Scored> making) {
    try {
      return making.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Forgets every scored ledger, for tests that compare with a recomputation. */
  static void clear() {
    CACHE.clear();
  }

  private static Scored compute(Scope scope, LocalDate asOf, long revision) {
    Scorer scorer = scope.scorer();
    var standing = scope.ledger().standing(asOf, scope.policy());
    List<Relationship> all =
        standing.map(Ledger.Standing::relationships).orElseGet(() -> recomputed(scope, asOf));
    long at = standing.map(Ledger.Standing::revision).orElse(revision);
    return new Scored(at, asOf, all.stream().map(r -> scorer.score(r, asOf)).toList(), all);
  }

  /**
   * The straightforward way: every entry of every person, summed here. The rows quote no events, as
   * the rows from the read model's sums do not: a ranking reads the same either way.
   */
  static List<Relationship> recomputed(Scope scope, LocalDate asOf) {
    List<History> histories = scope.ledger().read(s -> s.histories());
    return histories.stream()
        .map(h -> Relationship.of(h, asOf, scope.policy()).quoting(List.of()))
        .toList();
  }

  private static Key key(Scope scope, long revision, LocalDate asOf) {
    Ledger ledger = scope.ledger();
    return new Key(ledger.database(), ledger.owner(), revision, asOf, scope.policy());
  }
}
