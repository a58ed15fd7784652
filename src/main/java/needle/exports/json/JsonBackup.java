package needle.exports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import needle.NeedleException;
import needle.imports.ImportException;
import needle.storage.Snapshot;

/**
 * The lossless JSON backup: every person and entry with its id and import key, so {@code export
 * json}, {@code restore} into an empty ledger, {@code export json} gives the same document.
 */
public final class JsonBackup {
  static final String FORMAT = "needle-backup";
  static final int VERSION = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonBackup() {}

  public static String write(Snapshot snapshot) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    ArrayNode people = doc.putArray("people");
    snapshot.people().forEach(p -> people.add(Rows.person(MAPPER, p)));
    ArrayNode time = doc.putArray("time");
    snapshot.time().forEach(t -> time.add(Rows.time(MAPPER, t)));
    ArrayNode values = doc.putArray("values");
    snapshot.values().forEach(v -> values.add(Rows.value(MAPPER, v)));
    ArrayNode asks = doc.putArray("asks");
    snapshot.asks().forEach(a -> asks.add(Rows.ask(MAPPER, a)));
    ArrayNode mail = doc.putArray("mail");
    snapshot.mail().forEach(m -> mail.add(Rows.mail(MAPPER, m)));
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a backup always serialises", e);
    }
  }

  /** Reads a backup, or fails naming the file, the line and what was expected. */
  public static Snapshot read(Path file) {
    JsonNode doc;
    try {
      doc = MAPPER.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ImportException(file, "no such file (check the path)");
    } catch (JsonProcessingException e) {
      throw new ImportException(
          file,
          e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          "not valid JSON: "
              + e.getOriginalMessage()
              + " (expected a file written by needle export json)");
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + e.getMessage());
    }
    if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
      throw new ImportException(
          file, "not a Needle backup (expected a file written by needle export json)");
    }
    if (doc.path("version").asInt() > VERSION) {
      throw new ImportException(
          file,
          "written by a newer Needle (backup version "
              + doc.path("version").asInt()
              + "; this Needle reads up to "
              + VERSION
              + "): upgrade Needle");
    }
    try {
      return new Snapshot(
          Rows.list(doc, "people", Rows::person),
          Rows.list(doc, "time", Rows::time),
          Rows.list(doc, "values", Rows::value),
          Rows.list(doc, "asks", Rows::ask),
          Rows.list(doc, "mail", Rows::mail));
    } catch (NeedleException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new ImportException(
          file,
          "a row is not valid: "
              + e.getMessage()
              + " (expected a file written by needle export json)");
    }
  }
}
