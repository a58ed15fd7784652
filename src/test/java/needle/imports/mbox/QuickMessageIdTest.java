package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Message-ID read from a header's bytes is the one a full parse gives, or none at all. */
class QuickMessageIdTest {
  static HeaderBytes header(String text) throws IOException {
    Lines lines = new Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024);
    HeaderBytes header = new HeaderBytes();
    while (lines.next()) {
      header.add(lines);
    }
    return header;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Message-ID: <1@example.org>                        | <1@example.org>",
        "message-id:   <a.b@x>  (comment)                   | <a.b@x>",
        "Message-ID :<late@x>                               | <late@x>",
        "Message-ID:\\n <folded@example.org>                | <folded@example.org>",
        "Message-ID: junk <not id> <2@x>                    | <2@x>",
        "Subject: hi\\nMessage-Id: <3@x>\\nMessage-ID: <4@x> | <3@x>",
      })
  void readsTheIdAFullParseReads(String text, String id) throws IOException {
    HeaderBytes header = header(text.replace("\\n", "\n") + "\n");

    assertThat(HeaderParser.quickMessageId(header)).isEqualTo(id);
    assertThat(new HeaderParser().parse(Path.of("x.mbox"), header, 1).messageId()).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Message-ID: no-brackets@example.org",
        "Message-ID: =?UTF-8?Q?<1@x>?=",
        "Message-ID: <ré@x>",
        "Subject: <5@x>",
      })
  void leavesToAFullParseWhatItCannotReadTheSame(String text) throws IOException {
    assertThat(HeaderParser.quickMessageId(header(text + "\n"))).isNull();
  }
}
