package needle.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A map that keeps at most a few of its most recently used values, read without a lock: every page
 * view reads one, and a lock held by a thread the machine has paused would stall them all. Adding
 * beyond the limit forgets the least recently used (roughly so, under concurrent use).
 */
public final class Recent<K, V> {
  private record Kept<V>(V value, AtomicLong used) {}

  private final int limit;
  private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

  public Recent(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a Recent map keeps at least one value");
    }
    this.limit = limit;
  }

  /** The value kept for {@code key}, or null. */
  public V get(K key) {
    Kept<V> found = kept.get(key);
    if (found == null) {
      return null;
    }
    found.used().set(System.nanoTime());
    return found.value();
  }

  /** Keeps {@code value} unless one is kept for {@code key} already; returns the one kept. */
  public V keep(K key, V value) {
    Kept<V> mine = new Kept<>(value, new AtomicLong(System.nanoTime()));
    Kept<V> theirs = kept.putIfAbsent(key, mine);
    while (kept.size() > limit) {
      forgetLeastRecent();
    }
    return theirs == null ? value : theirs.value();
  }

  public void clear() {
    kept.clear();
  }

  public int size() {
    return kept.size();
  }

  private void forgetLeastRecent() {
    kept.entrySet().stream()
        .min((a, b) -> Long.compare(a.getValue().used().get(), b.getValue().used().get()))
        .ifPresent(oldest -> kept.remove(oldest.getKey(), oldest.getValue()));
  }
}
