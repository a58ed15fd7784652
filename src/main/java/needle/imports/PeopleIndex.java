package needle.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import needle.people.Person;

/**
 * The ledger's people as one import sees them, read once at its start and kept up to date by it:
 * found by e-mail, LinkedIn URL and name without a query per contact.
 */
final class PeopleIndex {
  /** One person, saved or waiting in a batch for its id, as the import has made them so far. */
  static final class Slot {
    private Person person;

    Slot(Person person) {
      this.person = person;
    }

    Person person() {
      return person;
    }

    boolean saved() {
      return person.id() != null;
    }
  }

  private final Map<String, Slot> byEmail = new HashMap<>();
  private final Map<String, Slot> byLinkedin = new HashMap<>();
  private final Map<String, Slot> byName = new HashMap<>();

  PeopleIndex(List<Person> people) {
    people.forEach(p -> add(new Slot(p)));
  }

  static String nameKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  Optional<Slot> byEmail(String email) {
    return Optional.ofNullable(byEmail.get(email.trim().toLowerCase(Locale.ROOT)));
  }

  Optional<Slot> byLinkedin(String url) {
    return url == null ? Optional.empty() : Optional.ofNullable(byLinkedin.get(url));
  }

  Optional<Slot> byName(String name) {
    return Optional.ofNullable(byName.get(nameKey(name)));
  }

  /** Adds a new person under their name, e-mails and LinkedIn URL. */
  Slot add(Slot slot) {
    byName.put(nameKey(slot.person.name()), slot);
    index(slot);
    return slot;
  }

  /** The slot now holds {@code changed}: a name, e-mails or a LinkedIn URL it gained are found. */
  void change(Slot slot, Person changed) {
    if (!nameKey(changed.name()).equals(nameKey(slot.person.name()))) {
      byName.remove(nameKey(slot.person.name()));
      byName.put(nameKey(changed.name()), slot);
    }
    slot.person = changed;
    index(slot);
  }

  /** {@code gone} was merged into {@code keep}, which now holds {@code merged}. */
  void merged(Slot gone, Slot keep, Person merged) {
    byName.remove(nameKey(gone.person.name()));
    byEmail.values().removeIf(s -> s == gone);
    byLinkedin.values().removeIf(s -> s == gone);
    change(keep, merged);
  }

  private void index(Slot slot) {
    slot.person.emails().forEach(e -> byEmail.put(e.trim().toLowerCase(Locale.ROOT), slot));
    if (slot.person.linkedin() != null) {
      byLinkedin.putIfAbsent(slot.person.linkedin(), slot);
    }
  }
}
