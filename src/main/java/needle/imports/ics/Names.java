package needle.imports.ics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name (CN) the file gives each address; the first one wins, as an address may lack it in some
 * events.
 */
final class Names {
  private Names() {}

  static Map<String, String> of(List<Event> events) {
    Map<String, String> names = new HashMap<>();
    for (Event e : events) {
      e.people()
          .filter(p -> p.name() != null)
          .forEach(p -> names.putIfAbsent(p.email() != null ? p.email() : p.name(), p.name()));
    }
    return names;
  }
}
