package needle.app;

import needle.demo.DemoStory;

/** {@code demo}: fills a ledger with the sample story, dated around today. */
public final class Samples {
  private Samples() {}

  public static void demo(Scope scope) {
    scope
        .ledger()
        .write(
            "the demo story",
            s -> {
              DemoStory.write(s, scope.today());
              return null;
            });
  }
}
