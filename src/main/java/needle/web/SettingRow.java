package needle.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One scoring setting as the settings page shows it: its name, the value in force, the default, and
 * the comment that documents it in the defaults file.
 */
public record SettingRow(String key, String value, String defaultValue, String about) {
  private static final String DEFAULTS = "/needle/scoring/policy.properties";

  public boolean overridden() {
    return !value.equals(defaultValue);
  }

  /** Every setting of the defaults file, in its order, with {@code overrides} applied. */
  static List<SettingRow> all(Properties overrides) {
    List<SettingRow> rows = new ArrayList<>();
    List<String> comment = new ArrayList<>();
    for (String line : defaultsFile()) {
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        comment.clear();
      } else if (trimmed.startsWith("#")) {
        comment.add(trimmed.substring(1).trim());
      } else if (trimmed.contains("=")) {
        String key = trimmed.substring(0, trimmed.indexOf('=')).trim();
        String value = trimmed.substring(trimmed.indexOf('=') + 1).trim();
        String current = overrides.getProperty(key, value).trim();
        rows.add(new SettingRow(key, current, value, String.join(" ", comment)));
        comment.clear();
      }
    }
    return rows;
  }

  private static List<String> defaultsFile() {
    try (InputStream in = SettingRow.class.getResourceAsStream(DEFAULTS);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in scoring defaults cannot be read", e);
    }
  }
}
