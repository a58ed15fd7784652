package needle.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import needle.imports.PeopleIndex.Slot;
import needle.people.Person;
import needle.people.Person.Field;

/**
 * How a file's contact changes the person it was matched to. A contact source (a people CSV, a
 * vCard, Google Contacts, LinkedIn) is the user's address book: its non-empty title, company and
 * LinkedIn URL replace the ledger's. Any file adds e-mails, phones and tags, and fills in notes and
 * the first-met date a person lacks. Nothing is ever blanked, a detail the user typed by hand is
 * never changed, and a person named only by an e-mail address takes the first real name a file
 * gives them.
 */
final class Merging {
  /** The sources whose contacts are address-book entries, as {@link ImportFeed#source} names. */
  static final Set<String> CONTACT_SOURCES = Set.of("people-csv", "vcard", "google", "linkedin");

  private final String source;
  private final PeopleIndex index;
  private final boolean contactSource;

  Merging(String source, PeopleIndex index) {
    this.source = source;
    this.index = index;
    this.contactSource = CONTACT_SOURCES.contains(source);
  }

  /** A person new to the ledger, called {@code named}, with all that {@code c} says. */
  Person created(Person named, Contact c) {
    return named.toBuilder()
        .title(c.title())
        .company(c.company())
        .emails(freeEmails(named, null, c))
        .phones(c.phones())
        .linkedin(c.linkedin())
        .tags(c.tags())
        .notes(c.notes())
        .sources(List.of(source))
        .firstMet(c.firstMet())
        .build();
  }

  /** The person {@code slot} holds, changed by {@code c}. */
  Person updated(Slot slot, Contact c) {
    Person p = slot.person();
    Person.Builder b =
        p.toBuilder()
            .emails(freeEmails(p, slot, c))
            .phones(union(p.phones(), c.phones()))
            .tags(union(p.tags(), c.tags()))
            .notes(p.notes() == null ? c.notes() : p.notes())
            .sources(union(p.sources(), List.of(source)))
            .firstMet(earlier(p.firstMet(), c.firstMet()));
    if (contactSource) {
      b.title(take(p, Field.TITLE, c.title()));
      b.company(take(p, Field.COMPANY, c.company()));
      b.linkedin(take(p, Field.LINKEDIN, freeLinkedin(slot, c.linkedin())));
    }
    if (realName(p, c.name()) && index.byName(c.name()).map(o -> o == slot).orElse(true)) {
      b.name(c.name());
    }
    return b.build();
  }

  /**
   * Whether an update changed what the user sees of a person, rather than only the list of sources
   * they came from: the summary counts those as updated.
   */
  static boolean showsChange(Person before, Person after) {
    return !before.toBuilder().sources(after.sources()).build().equals(after);
  }

  /** A person named by their address, not by hand, takes a name that is one. */
  private static boolean realName(Person p, String name) {
    return name != null
        && !p.typed(Field.NAME)
        && looksLikeAddress(p.name())
        && !looksLikeAddress(name)
        && !Names.isGarbage(name);
  }

  private static boolean looksLikeAddress(String name) {
    return name.indexOf('@') > 0 && !name.trim().contains(" ");
  }

  private static String take(Person p, Field field, String incoming) {
    return incoming == null || p.typed(field) ? field.of(p) : incoming;
  }

  /** A LinkedIn URL no one else in the ledger has, else null. */
  private String freeLinkedin(Slot slot, String url) {
    return url == null || index.byLinkedin(url).map(o -> o == slot).orElse(true) ? url : null;
  }

  /** The person's e-mails and those of {@code c} that no one else has. */
  private List<String> freeEmails(Person p, Slot slot, Contact c) {
    List<String> emails = new ArrayList<>(p.emails());
    for (String email : c.emails()) {
      String lower = email.toLowerCase(Locale.ROOT);
      boolean free = index.byEmail(lower).map(o -> o == slot).orElse(true);
      if (free && !emails.contains(lower)) {
        emails.add(lower);
      }
    }
    return emails;
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
