package needle.imports.linkedin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone in a LinkedIn conversation: a display name and, when LinkedIn gives it, a profile URL.
 */
record Participant(String name, String url) {

  /** What tells participants apart in one file: the profile URL, else the name in lower case. */
  String id() {
    return url != null ? url : "name:" + name.toLowerCase(Locale.ROOT);
  }

  /**
   * The recipients of one message. LinkedIn joins the names with ", " and the URLs with "," or ";";
   * names are paired with URLs only when the counts agree, since a name may hold a comma.
   */
  static List<Participant> recipients(String names, String urls) {
    List<String> links =
        Arrays.stream(urls.split("[,;]"))
            .map(LinkedinUrls::canonical)
            .filter(Objects::nonNull)
            .toList();
    if (links.isEmpty()) {
      return Arrays.stream(names.split(", "))
          .filter(n -> !n.isBlank())
          .map(Participant::named)
          .toList();
    }
    if (links.size() == 1) {
      return List.of(new Participant(blankToNull(names), links.get(0)));
    }
    String[] split = names.split(", ");
    List<Participant> all = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      all.add(
          new Participant(
              split.length == links.size() ? blankToNull(split[i]) : null, links.get(i)));
    }
    return all;
  }

  static Participant named(String name) {
    return new Participant(name.trim(), null);
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.trim();
  }
}
