package needle.imports.mbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * People's names from a header: the display name beside an address, or, in exports that keep names
 * apart (Enron's X-From/X-To), the name in the same position. "Allen, Phillip K." becomes "Phillip
 * K. Allen".
 */
final class Names {
  private static final Pattern AFTER_ANGLE = Pattern.compile("(?<=>)\\s*,\\s*");
  private static final Pattern ANGLE = Pattern.compile("<[^>]*>");
  private static final Pattern NOTE =
      Pattern.compile("\\((e-?mail|home|work)\\)", Pattern.CASE_INSENSITIVE);

  private Names() {}

  /** One name (or null) per recipient, in order. */
  static List<String> of(List<MailHeader.Mailbox> to, String xTo) {
    List<String> fromX = split(xTo, to.size());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < to.size(); i++) {
      String name = clean(to.get(i).name());
      names.add(name != null ? name : fromX.size() == to.size() ? clean(fromX.get(i)) : null);
    }
    return names;
  }

  /** A person's name from a display name, or null when it is blank or only an address. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String name = NOTE.matcher(ANGLE.matcher(raw).replaceAll("")).replaceAll("");
    name = strip(name.replaceAll("\\s+", " "));
    if (name.isEmpty() || name.contains("@") || name.contains("/") || !name.matches(".*\\p{L}.*")) {
      return null;
    }
    String[] parts = name.split("\\s*,\\s*");
    return parts.length == 2 && !parts[1].isEmpty() ? parts[1] + " " + parts[0] : name;
  }

  /**
   * {@code name} without the spaces and quotes around it, by hand: a pattern anchored at the end is
   * tried from every character of a long run of quotes, and a header of them took minutes.
   */
  private static String strip(String name) {
    int from = 0;
    int to = name.length();
    while (from < to && " '\"".indexOf(name.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " '\"".indexOf(name.charAt(to - 1)) >= 0) {
      to--;
    }
    return name.substring(from, to);
  }

  private static List<String> split(String xTo, int expected) {
    if (xTo == null) {
      return List.of();
    }
    if (expected == 1) {
      return List.of(xTo);
    }
    String[] parts = xTo.contains("<") ? AFTER_ANGLE.split(xTo) : xTo.split(",");
    return Arrays.asList(parts);
  }
}
