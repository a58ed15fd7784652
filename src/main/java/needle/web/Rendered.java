package needle.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import needle.app.Scored;

/**
 * Pages rendered from one scored ledger, kept with it by what they were rendered for (the query,
 * the page's token and user): a page viewed again before the ledger changes is sent as the bytes it
 * was, without ranking, formatting or escaping anything again. The ledger's next revision is a new
 * scored ledger, which starts with none.
 */
final class Rendered {
  /** A few dozen: search-as-you-type asks for a page per pause in typing. */
  private static final int KEPT = 32;

  private final Map<Object, byte[]> pages =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
          return size() > KEPT;
        }
      };

  private Rendered() {}

  /** The pages rendered from {@code scored}. */
  static Rendered of(Scored scored) {
    return scored.derived(Rendered.class, Rendered::new);
  }

  /**
   * The page kept for {@code key}, else what {@code render} writes, kept. It renders outside the
   * lock, so that one slow page never holds up the others.
   */
  byte[] page(Object key, Supplier<String> render) {
    synchronized (pages) {
      byte[] kept = pages.get(key);
      if (kept != null) {
        return kept;
      }
    }
    byte[] made = render.get().getBytes(StandardCharsets.UTF_8);
    synchronized (pages) {
      byte[] kept = pages.putIfAbsent(key, made);
      return kept == null ? made : kept;
    }
  }
}
