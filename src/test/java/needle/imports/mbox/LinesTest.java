package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
  static List<String> read(String text, int bufferSize) throws IOException {
    Lines lines =
        new Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferSize);
    List<String> all = new ArrayList<>();
    while (lines.next()) {
      all.add(
          lines.number()
              + ":"
              + new String(
                  lines.buffer(),
                  lines.start(),
                  lines.end() - lines.start(),
                  StandardCharsets.UTF_8));
    }
    all.add("consumed " + lines.consumed());
    return all;
  }

  @Test
  void linesEndInLfOrCrLfAndTheLastNeedsNoLineEnd() throws IOException {
    assertThat(read("a\r\nbb\n\nccc", 4))
        .containsExactly("1:a", "2:bb", "3:", "4:ccc", "consumed 10");
  }

  @Test
  void aLineLongerThanTheBufferIsCutAndTheRestSkipped() throws IOException {
    assertThat(read("x".repeat(20) + "\nFrom y\n", 8))
        .containsExactly("1:xxxxxxxx", "2:From y", "consumed 28");
  }
}
