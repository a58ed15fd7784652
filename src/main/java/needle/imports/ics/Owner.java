package needle.imports.ics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import needle.imports.Guessed;
import needle.imports.ImportOptions;

/**
 * Tells the calendar's owner from the people they met. With the owner's addresses (kept in the
 * ledger, or {@code --me}) that is them. Without any, the one address named in every event that
 * names anyone, else the one organizer of every event that has one, and {@code guessed} hears
 * which; failing both, nobody, and everyone named counts.
 */
final class Owner {
  private Owner() {}

  static Predicate<String> of(ImportOptions options, List<Event> events) {
    return of(options, events, g -> {});
  }

  static Predicate<String> of(
      ImportOptions options, List<Event> events, Consumer<Guessed> guessed) {
    if (options.knowsMyAddress()) {
      return options::isMe;
    }
    String owner = inferred(events);
    if (owner == null) {
      return email -> false;
    }
    guessed.accept(guess(owner, events));
    return owner::equals;
  }

  /** How many of the events that name anyone name {@code owner}. */
  private static Guessed guess(String owner, List<Event> events) {
    int naming = 0;
    int found = 0;
    for (Event e : events) {
      Set<String> named =
          e.people().map(Participant::email).filter(Objects::nonNull).collect(Collectors.toSet());
      if (!named.isEmpty()) {
        naming++;
        found += named.contains(owner) ? 1 : 0;
      }
    }
    return new Guessed(owner, found, naming, "events");
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
