package needle.imports.ics;

import java.util.Locale;
import java.util.Map;

/** One unfolded content line, {@code NAME;PARAM=VALUE:VALUE}, and the line it starts on. */
record Property(String name, Map<String, String> params, String value, long line) {

  Property {
    name = name.toUpperCase(Locale.ROOT);
    params = Map.copyOf(params);
  }

  /** A parameter's value (quotes removed), or null; names are upper case. */
  String param(String key) {
    return params.get(key);
  }

  /** The value as TEXT, with the escapes \n \, \; \\ undone. */
  String text() {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
