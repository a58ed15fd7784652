package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentTest {
  @Test
  void beyondItsLimitItForgetsTheLeastRecentlyUsed() throws InterruptedException {
    Recent<String, Integer> recent = new Recent<>(2);
    recent.keep("a", 1);
    recent.keep("b", 2);
    // Lest two uses fall on one tick of the clock.
    Thread.sleep(1);
    assertThat(recent.get("a")).isEqualTo(1);

    recent.keep("c", 3);

    assertThat(recent.size()).isEqualTo(2);
    assertThat(recent.get("b")).isNull();
    assertThat(recent.get("a")).isEqualTo(1);
    assertThat(recent.get("c")).isEqualTo(3);
  }

  @Test
  void theFirstValueKeptForAKeyWins() {
    Recent<String, Integer> recent = new Recent<>(4);

    assertThat(recent.keep("a", 1)).isEqualTo(1);
    assertThat(recent.keep("a", 2)).isEqualTo(1);
    assertThat(recent.get("a")).isEqualTo(1);
  }
}
