package needle.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserRequirementTest {
  private static final File MISSING = new File("/nonexistent/chromium");

  @Test
  void aMissingBrowserSkipsTheBrowserTestsWithTheReason() {
    assertThatThrownBy(() -> Browser.requireInstalled(MISSING, MISSING, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install chromium chromium-driver");
  }

  @Test
  void aMissingBrowserFailsThemWhenTheBrowserIsRequired() {
    assertThatThrownBy(() -> Browser.requireInstalled(MISSING, MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("needle.browser.required is true");
  }
}
