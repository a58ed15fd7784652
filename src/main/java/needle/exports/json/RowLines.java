package needle.exports.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each section of a backup, and each row of a section, starts in the file: a tree read whole
 * has lost its lines, and a bad row is named by its line.
 */
final class RowLines {
  private final Map<String, Long> sections = new HashMap<>();
  private final Map<String, List<Long>> rows = new HashMap<>();

  private RowLines() {}

  /** The lines of {@code text}, a JSON document already read once without error. */
  static RowLines of(JsonFactory factory, String text) throws IOException {
    RowLines lines = new RowLines();
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return lines;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        lines.sections.putIfAbsent(name, p.currentLocation().getLineNr() * 1L);
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_ARRAY) {
          List<Long> starts = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            starts.add((long) p.currentTokenLocation().getLineNr());
            p.skipChildren();
          }
          lines.rows.putIfAbsent(name, starts);
        } else {
          p.skipChildren();
        }
      }
    }
    return lines;
  }

  /** The line the section {@code name} starts on (1 when unknown). */
  long section(String name) {
    return sections.getOrDefault(name, 1L);
  }

  /** The line row {@code index} (from 0) of {@code section} starts on. */
  long row(String section, int index) {
    List<Long> starts = rows.get(section);
    return starts != null && index < starts.size() ? starts.get(index) : section(section);
  }
}
