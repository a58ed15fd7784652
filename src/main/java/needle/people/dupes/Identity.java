package needle.people.dupes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import needle.people.Person;

/**
 * What the duplicate rules know of one person: how their name reads (a real name, an e-mail
 * address, a one-word handle), the names it can be read as, their addresses and LinkedIn URL.
 */
record Identity(
    Person person,
    Kind kind,
    List<NameParts> names,
    String handle,
    List<Address> addresses,
    String linkedin,
    double weight) {

  /** What a person's name is. */
  enum Kind {
    /** A person's name of two words or more. */
    NAMED,
    /** An e-mail address standing in for a name. */
    ADDRESS,
    /** One word, such as a user name. */
    HANDLE,
    /** Nothing a name can be read from. */
    UNNAMED
  }

  private static final Pattern SCHEME = Pattern.compile("^[a-z]+://");
  private static final Pattern TAIL = Pattern.compile("([?#].*)?/*$");
  private static final Pattern SUBDOMAIN = Pattern.compile("^([a-z]{2,3}\\.)?linkedin\\.com");

  static Identity of(Person p, double weight) {
    List<Address> addresses =
        p.emails().stream().map(Address::of).filter(Objects::nonNull).toList();
    String linkedin = linkedinKey(p.linkedin());
    String name = p.name().trim();
    if (name.contains("@")) {
      Address self = Address.of(name);
      NameParts read = self == null ? null : NameParts.ofLocalPart(self.local());
      List<NameParts> names = new ArrayList<>();
      if (read != null) {
        names.add(read);
        if (read.reversed() != null) {
          names.add(read.reversed());
        }
      }
      String handle =
          read != null || self == null || !self.personal() ? null : NameParts.handle(self.local());
      return new Identity(p, Kind.ADDRESS, names, handle, addresses, linkedin, weight);
    }
    NameParts parts = NameParts.ofName(name);
    if (parts != null) {
      return new Identity(p, Kind.NAMED, List.of(parts), null, addresses, linkedin, weight);
    }
    String handle = NameParts.handle(name);
    boolean usable = handle != null && !Address.isRole(handle);
    return new Identity(
        p,
        usable ? Kind.HANDLE : Kind.UNNAMED,
        List.of(),
        usable ? handle : null,
        addresses,
        linkedin,
        weight);
  }

  /** The name the rules read first: the written one, or the one an address reads as. */
  NameParts name() {
    return names.isEmpty() ? null : names.get(0);
  }

  /** How much of a name this person has, for choosing whom a merge keeps. */
  int nameCompleteness() {
    return names.stream().mapToInt(NameParts::completeness).max().orElse(0);
  }

  /** How many details beyond the name: title, company, LinkedIn, phones, tags, notes. */
  int details() {
    Person p = person;
    return (p.title() == null ? 0 : 1)
        + (p.company() == null ? 0 : 1)
        + (p.linkedin() == null ? 0 : 1)
        + (p.notes() == null ? 0 : 1)
        + p.phones().size()
        + p.tags().size()
        + p.emails().size();
  }

  /**
   * A LinkedIn profile URL as one key, whatever way it was written: without the scheme, "www." or a
   * country's subdomain, the query and a trailing slash.
   */
  static String linkedinKey(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String key = SCHEME.matcher(url.trim().toLowerCase(Locale.ROOT)).replaceFirst("");
    key = TAIL.matcher(key).replaceFirst("");
    key = SUBDOMAIN.matcher(key).replaceFirst("linkedin.com");
    return key.isEmpty() ? null : key;
  }
}
