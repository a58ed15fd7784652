package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void drawsABarOnOneLineAndClearsIt() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(err), "mail.mbox", 0);

    progress.advance(50, 100);
    progress.finish();

    assertThat(err.toString())
        .startsWith("\rmail.mbox [###############               ]  50%")
        .endsWith("\r");
  }

  @Test
  void staysSilentDuringTheFirstSecond() {
    StringWriter err = new StringWriter();
    TerminalProgress progress =
        new TerminalProgress(new PrintWriter(err), "people.csv", 1_000_000_000L);

    progress.advance(1, 2);
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutATotalCountsWhatWasRead() {
    StringWriter err = new StringWriter();

    new TerminalProgress(new PrintWriter(err), "messages.csv", 0).advance(1234, -1);

    assertThat(err.toString()).isEqualTo("\rmessages.csv: 1,234 read");
  }
}
