package needle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum whose constants have the lower-case, hyphenated names DESIGN uses on the outside. */
public interface Labelled {
  String label();

  /** Finds the constant whose label is {@code text}, ignoring case, or says what was expected. */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String what, String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.label().equals(wanted)) {
        return constant;
      }
    }
    throw new NeedleException(
        "unknown " + what + " \"" + text + "\" (expected " + labels(type) + ")");
  }

  static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Labelled::label)
        .collect(Collectors.joining(", "));
  }

  /** The label of a constant named in Java style, e.g. WAS_ASKED becomes was-asked. */
  static String labelOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
