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

  /** What no name holds: an address's or a path's characters, quotes, a header's colon. */
  private static final Pattern FRAGMENT = Pattern.compile("[@/\":<>\\[\\]]");

  /** One word in lower case, or with dots or underscores in it: how a local part looks. */
  private static final Pattern LOCAL_PART = Pattern.compile("[\\p{Ll}\\p{N}._'-]+|\\S*[._]\\S*");

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

  /**
   * A person's name from a display name, or null when it is blank or a fragment of an address or of
   * a header: an address ({@code 'x@y}), a Lotus Notes name ({@code NOTES:gregwhalley}), quotes
   * left in ({@code "Greg Zimin Lu}), a bare local part ({@code legal}, {@code premier.rentals}),
   * or more than one "Last, First" glued together.
   */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String name = NOTE.matcher(ANGLE.matcher(raw).replaceAll("")).replaceAll("").trim();
    if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.contains("\"")) {
      return null; // quotes left in: a display name cut apart or quoted twice
    }
    name = strip(name.replaceAll("\\s+", " "));
    // Outlook quotes each half of "Last, First" on its own: 'Bres', 'Tom'.
    String[] parts = name.split(",", -1);
    if (parts.length > 2) {
      return null;
    }
    String last = strip(parts[0]);
    String first = parts.length == 2 ? strip(parts[1]) : "";
    String whole = first.isEmpty() ? last : first + " " + last;
    boolean fragment =
        FRAGMENT.matcher(whole).find()
            || LOCAL_PART.matcher(whole).matches()
            || !whole.matches(".*\\p{L}.*");
    return fragment ? null : whole;
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
