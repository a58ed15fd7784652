package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte test of a separator line agrees with its regular expression. */
class PostmarkTest {
  static boolean byPattern(String line) {
    String cut = line.length() <= Postmark.MAX ? line : line.substring(0, Postmark.MAX);
    return Postmark.PATTERN.matcher(cut).matches();
  }

  static boolean byBytes(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
    return Postmark.is(bytes, 0, bytes.length);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "From MAILER-DAEMON Mon Apr 18 19:36:17 2005 | true",
        "From bob@example.org Tue Mar  3 9:05:00 2026 | true",
        "From the desk of the president | false",
        "From me 12:00 | false",
        "From  me 12:00 2020 | false",
        "From me\t12:00 2020 | false",
        "From me 2020 12:00 | false",
      })
  void separatorsAreToldFromBodyLines(String line, boolean separator) {
    assertThat(byBytes(line)).isEqualTo(separator).isEqualTo(byPattern(line));
  }

  @Test
  void randomLinesAreJudgedAsThePatternJudgesThem() {
    Random random = new Random(42);
    String alphabet = "From 0123456789:: \t\r\u0085xyz";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder line = new StringBuilder("From ");
      int length = random.nextInt(40);
      for (int c = 0; c < length; c++) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = line.toString();
      assertThat(byBytes(text)).as(text).isEqualTo(byPattern(text));
    }
  }

  @Test
  void onlyTheFirstBytesCount() {
    String line = "From me " + "x".repeat(Postmark.MAX) + " 12:00 2020";

    assertThat(byBytes(line)).isFalse().isEqualTo(byPattern(line));
  }
}
