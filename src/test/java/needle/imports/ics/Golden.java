package needle.imports.ics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import needle.imports.Entry;
import needle.imports.ImportBatch;

/** Renders what an import read as stable JSON: entries (date, person, minutes) and skip reasons. */
final class Golden {
  static final ObjectMapper JSON = new ObjectMapper();

  private Golden() {}

  static JsonNode render(ImportBatch batch) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode entries = root.putArray("entries");
    batch.entries().stream()
        .map(Entry.Time.class::cast)
        .sorted(
            Comparator.comparing(Entry.Time::on)
                .thenComparing(t -> person(t))
                .thenComparingDouble(Entry.Time::minutes))
        .forEach(
            t ->
                entries
                    .addObject()
                    .put("date", t.on().toString())
                    .put("person", person(t))
                    .put("minutes", Math.round(t.minutes() * 100) / 100.0));
    ArrayNode skipped = root.putArray("skipped");
    batch.skipped().forEach(s -> skipped.add(s.line() + ": " + s.reason()));
    return root;
  }

  private static String person(Entry.Time t) {
    List<String> emails = t.who().emails();
    return emails.isEmpty() ? t.who().name() : emails.get(0);
  }
}
