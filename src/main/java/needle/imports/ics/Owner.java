package needle.imports.ics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import needle.imports.ImportOptions;

/**
 * Tells the calendar's owner from the people they met. With {@code --me} that is the given
 * addresses. Without it, the one address named in every event that names anyone, else the one
 * organizer of every event that has one; failing both, nobody, and everyone named counts.
 */
final class Owner {
  private Owner() {}

  static Predicate<String> of(ImportOptions options, List<Event> events) {
    if (!options.me().isEmpty()) {
      return options::isMe;
    }
    String owner = inferred(events);
    return owner == null ? email -> false : owner::equals;
  }

  static String inferred(List<Event> events) {
    Set<String> inEvery = null;
    Set<String> organizers = new HashSet<>();
    for (Event e : events) {
      Set<String> named =
          e.people().map(Participant::email).filter(Objects::nonNull).collect(Collectors.toSet());
      if (named.isEmpty()) {
        continue;
      }
      if (inEvery == null) {
        inEvery = new HashSet<>(named);
      } else {
        inEvery.retainAll(named);
      }
      e.people()
          .filter(Participant::organizer)
          .map(Participant::email)
          .filter(Objects::nonNull)
          .forEach(organizers::add);
    }
    if (inEvery != null && inEvery.size() == 1) {
      return inEvery.iterator().next();
    }
    return organizers.size() == 1 ? organizers.iterator().next() : null;
  }
}
