package needle.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import needle.people.PersonId;
import needle.scoring.Relationship;
import needle.scoring.Score;
import needle.scoring.SortKey;

/**
 * Every relationship of one revision of a ledger, scored as of a date: what ranking, today's moves
 * and the calendar read. It never changes, so what is worked out from it (an order, the moves, a
 * chart) is kept with it and costs nothing the next time.
 */
public final class Scored {
  private final long revision;
  private final LocalDate asOf;
  private final List<Score> scores;
  private final Map<PersonId, Relationship> relationships;
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  Scored(long revision, LocalDate asOf, List<Score> scores, List<Relationship> all) {
    this.revision = revision;
    this.asOf = asOf;
    this.scores = List.copyOf(scores);
    this.relationships =
        all.stream().collect(Collectors.toMap(r -> r.person().id(), Function.identity()));
  }

  public long revision() {
    return revision;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The scores, in no particular order. */
  public List<Score> scores() {
    return scores;
  }

  /** The scores in the order of {@code by}, sorted once. */
  public List<Score> sorted(SortKey by) {
    return derived(by, () -> scores.stream().sorted(by.order()).toList());
  }

  /** The relationship behind a score. */
  public Relationship of(Score score) {
    return relationships.get(score.person().id());
  }

  /**
   * What {@code make} works out from this scored ledger, kept per {@code key}. It is made outside
   * the map's lock, since one derived value may need another (the moves need an order); two threads
   * may both make it once, and the first kept wins.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> make) {
    Object kept = derived.get(key);
    if (kept == null) {
      Object made = make.get();
      kept = derived.putIfAbsent(key, made);
      return (T) (kept == null ? made : kept);
    }
    return (T) kept;
  }
}
