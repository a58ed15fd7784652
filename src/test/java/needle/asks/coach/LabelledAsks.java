package needle.asks.coach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a file of draft asks, each labelled smart or dumb by a person, for the accuracy tests. A
 * marker line reads {@code === smart|dumb [NAME] [fires=RULE,...] [quiet=RULE,...]}: the rules a
 * person expects to fire on the draft, and those expected not to. Lines starting with "#" are
 * comments wherever they stand.
 */
final class LabelledAsks {
  /** One labelled draft; {@code line} is where it starts in its file. */
  record Example(
      boolean smart, String name, int line, String text, Set<String> fires, Set<String> quiet) {
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
        header = lines[i].substring(4).strip().split("\\s+");
        start = i + 1;
        text.setLength(0);
      } else if (i < lines.length && header != null && !lines[i].startsWith("#")) {
        text.append(lines[i]).append('\n');
      }
    }
    return examples;
  }

  private static Example example(String[] header, int line, String text) {
    if (!header[0].equals("smart") && !header[0].equals("dumb")) {
      throw new IllegalArgumentException("line " + line + ": label must be smart or dumb");
    }
    List<String> rest = Arrays.asList(header).subList(1, header.length);
    String name =
        rest.stream()
            .filter(word -> !word.startsWith("fires=") && !word.startsWith("quiet="))
            .collect(Collectors.joining(" "));
    return new Example(
        header[0].equals("smart"),
        name.isEmpty() ? "#" + line : name,
        line,
        text,
        rules(rest, "fires="),
        rules(rest, "quiet="));
  }

  private static Set<String> rules(List<String> words, String key) {
    return words.stream()
        .filter(word -> word.startsWith(key))
        .flatMap(word -> Arrays.stream(word.substring(key.length()).split(",")))
        .filter(rule -> !rule.isBlank())
        .collect(Collectors.toUnmodifiableSet());
  }
}
