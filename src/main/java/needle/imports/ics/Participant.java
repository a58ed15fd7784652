package needle.imports.ics;

import java.util.Locale;
import java.util.Set;

/**
 * An ORGANIZER or ATTENDEE: the e-mail address (lower case; null when the address is not mail), the
 * CN, the answer (PARTSTAT), whether they are a person who takes part rather than a room, a
 * resource or someone only informed, and whether they organized the event.
 */
record Participant(
    String email, String name, String partstat, boolean attends, boolean organizer, long line) {
  private static final Set<String> NOT_PEOPLE = Set.of("ROOM", "RESOURCE", "GROUP");

  static Participant of(Property p, Values values) {
    String address = p.value().trim();
    if (address.matches(".*\\s.*")) {
      throw values.bad(
          p.line(),
          p.name() + " \"" + address + "\" is not a calendar address",
          "mailto:name@example.org, without spaces");
    }
    String lower = address.toLowerCase(Locale.ROOT);
    String mail = lower.startsWith("mailto:") ? lower.substring(7) : lower;
    String email = mail.matches("[^@:/]+@[^@:/]+") ? mail : null;
    String cutype = upper(p.param("CUTYPE"));
    boolean attends =
        !NOT_PEOPLE.contains(cutype) && !"NON-PARTICIPANT".equals(upper(p.param("ROLE")));
    boolean organizer = p.name().equals("ORGANIZER");
    String partstat = upper(p.param("PARTSTAT"));
    return new Participant(email, name(p.param("CN")), partstat, attends, organizer, p.line());
  }

  boolean declined() {
    return "DECLINED".equals(partstat);
  }

  private static String name(String cn) {
    if (cn == null) {
      return null;
    }
    // Exchange writes CN="'someone@example.org'".
    String name = cn.strip().replaceAll("^'+|'+$", "").strip();
    return name.isEmpty() ? null : name;
  }

  private static String upper(String text) {
    return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
  }
}
