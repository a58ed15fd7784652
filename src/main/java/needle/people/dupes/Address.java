package needle.people.dupes;

import java.util.Locale;
import java.util.Set;

/**
 * An e-mail address as the duplicate rules read it: the local part with dots, dashes, underscores
 * and stray quotes taken out ({@code pat.odonnell} and {@code patodonnell} are one), and the
 * organisation its domain names ({@code enron} for enron.com, ect.enron.com and enron.net).
 */
record Address(String written, String local, String key, String domain, String organisation) {
  private static final java.util.regex.Pattern DOT = java.util.regex.Pattern.compile("\\.");

  /** Second-level labels under a country's domain: amerada.co.uk is amerada's. */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "gv", "ltd", "plc");

  /** Local parts that name a role or a robot, never one person. */
  private static final Set<String> ROLES =
      Set.of(
          "info",
          "admin",
          "administrator",
          "mail",
          "email",
          "contact",
          "contacts",
          "hello",
          "office",
          "sales",
          "support",
          "service",
          "services",
          "team",
          "membership",
          "members",
          "noreply",
          "donotreply",
          "news",
          "newsletter",
          "billing",
          "help",
          "helpdesk",
          "webmaster",
          "postmaster",
          "enquiries",
          "inquiries",
          "jobs",
          "careers",
          "hr",
          "marketing",
          "press",
          "media",
          "accounts",
          "orders",
          "reservations",
          "customerservice",
          "feedback",
          "onepass",
          "legal",
          "reception",
          "bookings",
          "events",
          "register",
          "registration",
          "subscriptions",
          "notifications",
          "alerts",
          "online");

  /** The address's parts, or null when it has no local part and domain. */
  static Address of(String email) {
    String written = email.trim();
    int at = written.lastIndexOf('@');
    if (at <= 0 || at == written.length() - 1) {
      return null;
    }
    String local = written.substring(0, at).toLowerCase(Locale.ROOT);
    String domain = written.substring(at + 1).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(local.length());
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (".-_'\"`+".indexOf(c) < 0) {
        key.append(c);
      }
    }
    return new Address(written, local, key.toString(), domain, organisation(domain));
  }

  /** Whether a word names a role or a robot (info, sales, noreply). */
  static boolean isRole(String word) {
    return ROLES.contains(word);
  }

  /** Whether the local part could be one person's: not a role, and long enough to tell. */
  boolean personal() {
    return key.length() >= 4 && !ROLES.contains(key) && !key.chars().allMatch(Character::isDigit);
  }

  /**
   * Whether two domains are one organisation's: the same name under any suffix or subdomain, or
   * names one letter added or two swapped (ubs.com and ubsw.com, smb.com and ssmb.com, a mistyped
   * usbw.com). A changed letter is not enough: ibm and ibn are two companies.
   */
  boolean relatedTo(Address other) {
    return organisation.equals(other.organisation)
        || (organisation.length() >= 3
            && other.organisation.length() >= 3
            && Spelling.oneApart(organisation, other.organisation));
  }

  private static String organisation(String domain) {
    String[] labels = DOT.split(domain);
    if (labels.length < 2) {
      return domain;
    }
    int name = labels.length - 2;
    boolean countrySecondLevel =
        labels.length >= 3
            && labels[labels.length - 1].length() == 2
            && SECOND_LEVEL.contains(labels[name]);
    return countrySecondLevel ? labels[name - 1] : labels[name];
  }
}
