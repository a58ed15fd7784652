package needle.app;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.ledger.History;
import needle.scoring.Relationship;
import needle.scoring.Scorer;
import needle.storage.Ledger;

/**
 * The scored ledger, kept per (ledger, owner, revision, date, config): a page view after no change
 * costs one revision lookup. The relationships come from the storage read model, which sums each
 * person's entries as they are written; only a config or date it cannot serve falls back to reading
 * every entry.
 */
public final class ReadModel {
  /** Enough for a few owners and dates at once; each holds one scored ledger. */
  private static final int KEPT = 16;

  private static final Map<Key, Scored> CACHE =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Scored> eldest) {
          return size() > KEPT;
        }
      };

  private record Key(
      Object database, long owner, long revision, LocalDate asOf, needle.scoring.Policy policy) {
    boolean sameButRevision(Key other) {
      return database == other.database
          && owner == other.owner
          && asOf.equals(other.asOf)
          && policy.equals(other.policy);
    }
  }

  private ReadModel() {}

  /** Every relationship of the scope's ledger scored as of {@code asOf}. */
  public static Scored scored(Scope scope, LocalDate asOf) {
    // Without a scored ledger kept for this date, the revision would be looked up for nothing.
    if (anyKept(scope, asOf)) {
      Key key = key(scope, scope.ledger().revision(), asOf);
      synchronized (CACHE) {
        Scored kept = CACHE.get(key);
        if (kept != null) {
          return kept;
        }
      }
    }
    Scored scored = compute(scope, asOf);
    synchronized (CACHE) {
      CACHE.put(key(scope, scored.revision(), asOf), scored);
    }
    return scored;
  }

  private static boolean anyKept(Scope scope, LocalDate asOf) {
    Key any = key(scope, 0, asOf);
    synchronized (CACHE) {
      return CACHE.keySet().stream().anyMatch(k -> k.sameButRevision(any));
    }
  }

  /** Forgets every scored ledger, for tests that compare with a recomputation. */
  static void clear() {
    synchronized (CACHE) {
      CACHE.clear();
    }
  }

  private static Scored compute(Scope scope, LocalDate asOf) {
    Scorer scorer = scope.scorer();
    var standing = scope.ledger().standing(asOf, scope.policy());
    long revision =
        standing.map(Ledger.Standing::revision).orElseGet(() -> scope.ledger().revision());
    List<Relationship> all =
        standing.map(Ledger.Standing::relationships).orElseGet(() -> recomputed(scope, asOf));
    return new Scored(revision, asOf, all.stream().map(r -> scorer.score(r, asOf)).toList(), all);
  }

  /** The straightforward way: every entry of every person, summed here. */
  static List<Relationship> recomputed(Scope scope, LocalDate asOf) {
    List<History> histories = scope.ledger().read(s -> s.histories());
    return histories.stream().map(h -> Relationship.of(h, asOf, scope.policy())).toList();
  }

  private static Key key(Scope scope, long revision, LocalDate asOf) {
    Ledger ledger = scope.ledger();
    return new Key(ledger.database(), ledger.owner(), revision, asOf, scope.policy());
  }
}
