package needle.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import needle.storage.Ledger;
import needle.storage.TestDatabases;

/**
 * Golden files for importers: renders an {@link ImportBatch} as stable JSON (nulls and empty lists
 * left out, keys checked for uniqueness but not shown) and compares it with {@code x.expected.json}
 * beside the input {@code x.ext}.
 */
public final class ContactBatchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContactBatchJson() {}

  /** Options for reading fixtures: no --me, as of 2026-01-01, group meetings split. */
  public static ImportOptions options(String... me) {
    return new ImportOptions(List.of(me), LocalDate.of(2026, 1, 1), "split", 10, Progress.NONE);
  }

  /** A fresh SQLite ledger in {@code folder}. */
  public static Ledger ledger(Path folder) {
    return Ledger.open(TestDatabases.sqliteFile(folder));
  }

  /** The input fixtures in the test resource folder {@code folder}, without the golden files. */
  public static Stream<Path> fixtures(String folder) {
    try (Stream<Path> files = Files.list(resource(folder))) {
      return files
          .filter(f -> !f.getFileName().toString().matches(".*\\.(json|class)"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path resource(String name) {
    try {
      return Path.of(ContactBatchJson.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks {@code batch} against the golden file beside {@code input}. */
  public static void assertMatchesGolden(Path input, ImportBatch batch) throws IOException {
    String name = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    Path golden = input.resolveSibling(name + ".expected.json");
    String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(render(batch));
    List<String> keys = batch.entries().stream().map(Entry::key).toList();
    assertThat(keys).as("entry keys of " + input).doesNotHaveDuplicates();
    JsonNode expected = Files.exists(golden) ? JSON.readTree(golden.toFile()) : null;
    if (!JSON.readTree(actual).equals(expected)) {
      // Kept for review: a new golden file is checked by hand before it is copied into place.
      Path review = Path.of("target", "golden-actual", golden.getFileName().toString());
      Files.createDirectories(review.getParent());
      Files.writeString(review, actual + "\n");
    }
    if (expected == null) {
      throw new AssertionError("no " + golden.getFileName() + "; the batch reads:\n" + actual);
    }
    if (!expected.equals(JSON.readTree(actual))) {
      assertThat(actual).as(golden.getFileName().toString()).isEqualTo(expected.toPrettyString());
    }
  }

  static Map<String, Object> render(ImportBatch batch) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", batch.source());
    out.put("contacts", batch.contacts().stream().map(ContactBatchJson::contact).toList());
    out.put("entries", batch.entries().stream().map(ContactBatchJson::entry).toList());
    out.put(
        "skipped",
        batch.skipped().stream()
            .map(s -> Map.<String, Object>of("line", s.line(), "reason", s.reason()))
            .toList());
    return out;
  }

  private static Map<String, Object> contact(Contact c) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "line", c.line());
    put(out, "name", c.name());
    put(out, "title", c.title());
    put(out, "company", c.company());
    put(out, "emails", c.emails());
    put(out, "phones", c.phones());
    put(out, "linkedin", c.linkedin());
    put(out, "firstMet", c.firstMet());
    put(out, "tags", c.tags());
    put(out, "notes", c.notes());
    return out;
  }

  private static Map<String, Object> entry(Entry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "who", who(e.who()));
    if (e instanceof Entry.Time t) {
      put(out, "type", "time");
      put(out, "on", t.on());
      put(out, "minutes", t.minutes());
      put(out, "channel", t.channel().label());
      put(out, "note", t.note());
    } else if (e instanceof Entry.Found f) {
      put(out, "type", "found ask");
      put(out, "on", f.on());
      put(out, "address", f.address());
      put(out, "text", f.text());
    } else {
      put(out, "type", e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
      put(out, "entry", e.toString());
    }
    return out;
  }

  private static String who(Contact c) {
    List<String> names = new ArrayList<>();
    Stream.of(c.name(), c.linkedin()).filter(s -> s != null).forEach(names::add);
    names.addAll(c.emails());
    return names.isEmpty() ? "line " + c.line() : names.get(0);
  }

  private static void put(Map<String, Object> out, String field, Object value) {
    if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
      return;
    }
    out.put(field, value instanceof LocalDate d ? d.toString() : value);
  }
}
