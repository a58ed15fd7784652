package needle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An enum whose constants have the lower-case, hyphenated names DESIGN uses on the outside. */
public interface Labelled {
  String label();

  /** Finds the constant whose label is {@code text}, ignoring case, or says what was expected. */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String what, String text) {
    Map<String, Object> byLabel = Labels.BY_LABEL.get(type);
    Object found = text == null ? null : byLabel.get(text);
    if (found == null && text != null) {
      found = byLabel.get(text.trim().toLowerCase(Locale.ROOT));
    }
    if (found != null) {
      return type.cast(found);
    }
    throw new NeedleException(
        "unknown " + what + " \"" + text + "\" (expected " + labels(type) + ")");
  }

  static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Labelled::label)
        .collect(Collectors.joining(", "));
  }

  /** Each enum's constants by label, worked out once: storage parses a label per row read. */
  final class Labels {
    private static final ClassValue<Map<String, Object>> BY_LABEL =
        new ClassValue<>() {
          @Override
          protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byLabel = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
              byLabel.put(((Labelled) constant).label(), constant);
            }
            return Map.copyOf(byLabel);
          }
        };

    private Labels() {}
  }

  /** The label of a constant named in Java style, e.g. WAS_ASKED becomes was-asked. */
  static String labelOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
