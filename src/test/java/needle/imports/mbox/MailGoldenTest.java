package needle.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportOptions;
import needle.imports.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code x.mbox} file or {@code x.maildir} folder here is read as {@code me@example.org}'s
 * mail and must give {@code x.expected.json}: the batch, or the error it fails with.
 */
class MailGoldenTest {
  static final Path FOLDER = Path.of("src/test/resources/needle/imports/mbox");
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static ImportOptions options(String... me) {
    return new ImportOptions(List.of(me), LocalDate.of(2026, 4, 1), "split", 10, Progress.NONE);
  }

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".mbox") || p.toString().endsWith(".maildir"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void readsAsExpected(Path input) throws IOException {
    String name = input.getFileName().toString().replaceAll("\\.(mbox|maildir)$", "");
    Path expectedFile = FOLDER.resolve(name + ".expected.json");
    JsonNode actual = render(input);
    if (!Files.exists(expectedFile)) {
      Path draft = Path.of("target/golden").resolve(expectedFile.getFileName());
      Files.createDirectories(draft.getParent());
      JSON.writeValue(draft.toFile(), actual);
    }
    assertThat(expectedFile).exists();
    assertThat(actual).isEqualTo(JSON.readTree(expectedFile.toFile()));
  }

  private static JsonNode render(Path input) {
    try {
      return render(MailImport.read(input, options("me@example.org")).batch());
    } catch (ImportException e) {
      return JSON.createObjectNode().put("error", relative(e.getMessage()));
    }
  }

  static ObjectNode render(ImportBatch batch) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode contacts = doc.putArray("contacts");
    for (var c : batch.contacts()) {
      ObjectNode contact = contacts.addObject().put("name", c.name()).put("line", c.line());
      contact.set("emails", JSON.valueToTree(c.emails()));
    }
    ArrayNode entries = doc.putArray("entries");
    for (Entry e : batch.entries()) {
      if (e instanceof Entry.Found f) {
        entries
            .addObject()
            .put("who", f.address())
            .put("on", f.on().toString())
            .put("asks", f.text())
            .put("messageId", f.messageId());
        continue;
      }
      Entry.Time t = (Entry.Time) e;
      entries
          .addObject()
          .put("who", t.who().emails().get(0))
          .put("on", t.on().toString())
          .put("minutes", t.minutes())
          .put("channel", t.channel().label())
          .put("note", t.note())
          .put("key", t.key());
    }
    ArrayNode skipped = doc.putArray("skipped");
    batch.skipped().forEach(s -> skipped.add(relative(s.toString())));
    ArrayNode mail = doc.putArray("mail");
    for (var m : batch.mail()) {
      ObjectNode message =
          mail.addObject()
              .put("messageId", m.messageId())
              .put("mine", m.mine())
              .put("sender", m.sender())
              .put("sentAt", m.sentAt().toString())
              .put("inReplyTo", m.inReplyTo())
              .put("subjectKey", m.subjectKey())
              .put("reply", m.reply());
      message.set("to", JSON.valueToTree(m.to()));
    }
    return doc;
  }

  static String relative(String message) {
    return message.replace(FOLDER + "/", "");
  }

  @org.junit.jupiter.api.Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> MailImport.read(FOLDER.resolve("nowhere.mbox"), options()))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(
            "nowhere.mbox: no such file or folder (expected an mbox file or a maildir folder)");
  }
}
