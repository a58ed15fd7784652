package needle.asks.coach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads a file of draft asks, each labelled smart or dumb by a person, for the accuracy tests. */
final class LabelledAsks {
  /** One labelled draft; {@code line} is where it starts in its file. */
  record Example(boolean smart, String name, int line, String text) {
    String describe() {
      String firstWords = text.length() > 70 ? text.substring(0, 70) + "…" : text;
      return (smart ? "smart" : "dumb") + " at line " + line + " (" + name + "): " + firstWords;
    }
  }

  private LabelledAsks() {}

  static List<Example> read(String resource) {
    try (InputStream in = LabelledAsks.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Example> parse(String content) {
    List<Example> examples = new ArrayList<>();
    String[] lines = content.split("\\R", -1);
    String[] header = null;
    int start = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= lines.length; i++) {
      boolean marker = i == lines.length || lines[i].startsWith("=== ");
      if (marker && header != null) {
        examples.add(example(header, start, text.toString().strip()));
      }
      if (marker && i < lines.length) {
        header = lines[i].substring(4).strip().split("\\s+", 2);
        start = i + 1;
        text.setLength(0);
      } else if (i < lines.length && header != null) {
        text.append(lines[i]).append('\n');
      }
    }
    return examples;
  }

  private static Example example(String[] header, int line, String text) {
    if (!header[0].equals("smart") && !header[0].equals("dumb")) {
      throw new IllegalArgumentException("line " + line + ": label must be smart or dumb");
    }
    String name = header.length > 1 ? header[1] : "#" + line;
    return new Example(header[0].equals("smart"), name, line, text);
  }
}
