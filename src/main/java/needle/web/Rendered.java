package needle.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import needle.app.Recent;
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

  private final Recent<Object, byte[]> pages = new Recent<>(KEPT);

  private Rendered() {}

  /** The pages rendered from {@code scored}. */
  static Rendered of(Scored scored) {
    return scored.derived(Rendered.class, Rendered::new);
  }

  /**
   * The page kept for {@code key}, else what {@code render} writes, kept. Two requests for a page
   * not kept yet may both render it; the first kept wins.
   */
  byte[] page(Object key, Supplier<String> render) {
    byte[] kept = pages.get(key);
    return kept != null ? kept : pages.keep(key, render.get().getBytes(StandardCharsets.UTF_8));
  }
}
