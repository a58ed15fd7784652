package needle.exports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import needle.NeedleException;
import needle.imports.ImportException;
import needle.imports.TextFile;
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
  private static final ObjectReader READER =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final List<String> ROWS =
      List.of("people", "time", "values", "asks", "mail", "suggestedAsks");
  private static final List<String> SECTIONS =
      List.of(
          "format", "version", "me", "people", "time", "values", "asks", "mail", "suggestedAsks");

  private JsonBackup() {}

  public static String write(Snapshot snapshot) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    if (!snapshot.me().isEmpty()) {
      ObjectNode me = doc.putObject("me");
      me.put("name", snapshot.me().name());
      snapshot.me().emails().forEach(me.withArray("emails")::add);
      me.put("linkedin", snapshot.me().linkedin());
    }
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
    ArrayNode suggested = doc.putArray("suggestedAsks");
    snapshot.suggestions().forEach(f -> suggested.add(Rows.suggestion(MAPPER, f)));
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a backup always serialises", e);
    }
  }

  /**
   * Reads a backup, or fails naming the file, the line and what was expected: a file that is not
   * JSON text, or holds more after the document, or a section this Needle does not know (a newer
   * Needle wrote it), or a row the ledger could not hold.
   */
  public static Snapshot read(Path file) {
    String text = TextFile.read(file).text();
    JsonNode doc;
    RowLines lines;
    try {
      doc = READER.readTree(text);
      lines = RowLines.of(MAPPER.getFactory(), text);
    } catch (JsonProcessingException e) {
      throw new ImportException(
          file,
          e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          (e.getOriginalMessage().startsWith("Trailing token")
                  ? "more follows the end of the backup"
                  : "not a Needle backup: the text is not valid JSON here")
              + " (expected a file written by needle export json)");
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + needle.IoReason.of(e));
    }
    if (doc == null || !doc.isObject() || !FORMAT.equals(doc.path("format").asText())) {
      throw new ImportException(
          file, 1, "not a Needle backup (expected a file written by needle export json)");
    }
    if (doc.path("version").asInt() > VERSION) {
      throw new ImportException(
          file,
          lines.section("version"),
          "written by a newer Needle (backup version "
              + doc.path("version").asInt()
              + "; this Needle reads up to "
              + VERSION
              + "): upgrade Needle");
    }
    checkSections(file, doc, lines);
    Snapshot snapshot =
        new Snapshot(
            rows(file, doc, lines, "people", Rows::person),
            rows(file, doc, lines, "time", Rows::time),
            rows(file, doc, lines, "values", Rows::value),
            rows(file, doc, lines, "asks", Rows::ask),
            rows(file, doc, lines, "mail", Rows::mail),
            me(doc.path("me")),
            rows(file, doc, lines, "suggestedAsks", Rows::suggestion));
    BackupCheck.check(file, lines, snapshot);
    return snapshot;
  }

  /** Who the owner is, as {@code me} writes them; a backup without the section names nobody. */
  private static needle.people.Identity me(JsonNode me) {
    if (!me.isObject()) {
      return needle.people.Identity.NOBODY;
    }
    List<String> emails = new java.util.ArrayList<>();
    me.path("emails").forEach(e -> emails.add(e.asText()));
    return new needle.people.Identity(
        me.path("name").isTextual() ? me.get("name").asText() : null,
        emails,
        me.path("linkedin").isTextual() ? me.get("linkedin").asText() : null);
  }

  /** A section this Needle does not know would be dropped silently: refused instead. */
  private static void checkSections(Path file, JsonNode doc, RowLines lines) {
    for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SECTIONS.contains(name)) {
        throw new ImportException(
            file,
            lines.section(name),
            "the backup holds a section \""
                + name
                + "\" that this Needle does not know, so a newer Needle wrote it: upgrade Needle"
                + " to restore it (this one knows "
                + String.join(", ", SECTIONS)
                + ")");
      }
      JsonNode value = doc.get(name);
      if (ROWS.contains(name) && !value.isArray() && !value.isNull()) {
        throw new ImportException(
            file,
            lines.section(name),
            "\""
                + name
                + "\" is not a list of rows (expected a file written by needle export json)");
      }
    }
  }

  private static <T> List<T> rows(
      Path file, JsonNode doc, RowLines lines, String section, Function<JsonNode, T> read) {
    List<T> rows = new ArrayList<>();
    JsonNode all = doc.path(section);
    for (int i = 0; i < all.size(); i++) {
      try {
        if (!all.get(i).isObject()) {
          throw new IllegalArgumentException("it is not an object");
        }
        rows.add(read.apply(all.get(i)));
      } catch (NeedleException
          | IllegalArgumentException
          | NullPointerException
          | java.time.DateTimeException e) {
        throw new ImportException(
            file,
            lines.row(section, i),
            section
                + " row "
                + (i + 1)
                + " is not valid: "
                + e.getMessage()
                + " (expected a file written by needle export json)");
      }
    }
    return rows;
  }
}
