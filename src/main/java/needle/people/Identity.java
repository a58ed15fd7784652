package needle.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who the ledger's owner is: a name, the e-mail addresses that are theirs (lower case) and a
 * LinkedIn profile URL. The owner is never one of the people in their own ledger.
 */
public record Identity(String name, List<String> emails, String linkedin) {
  public static final Identity NOBODY = new Identity(null, List.of(), null);

  public Identity {
    name = blankToNull(name);
    linkedin = blankToNull(linkedin);
    List<String> lower = new ArrayList<>();
    for (String e : emails) {
      String address = normal(e);
      if (!address.isEmpty() && !lower.contains(address)) {
        lower.add(address);
      }
    }
    emails = List.copyOf(lower);
  }

  /** An address as the owner's addresses are kept: trimmed, lower case, without "mailto:". */
  public static String normal(String email) {
    String address = email.trim().toLowerCase(Locale.ROOT);
    return address.startsWith("mailto:") ? address.substring(7).trim() : address;
  }

  public boolean isEmpty() {
    return name == null && emails.isEmpty() && linkedin == null;
  }

  public boolean hasEmail(String email) {
    return email != null && emails.contains(normal(email));
  }

  /**
   * Whether {@code p} is the owner under another guise: one of their e-mail addresses is the
   * owner's, or their LinkedIn URL is.
   */
  public boolean owns(Person p) {
    return p.emails().stream().anyMatch(this::hasEmail)
        || (linkedin != null && linkedin.equalsIgnoreCase(p.linkedin()));
  }

  public Identity withEmail(String email) {
    List<String> all = new ArrayList<>(emails);
    all.add(email);
    return new Identity(name, all, linkedin);
  }

  public Identity withoutEmail(String email) {
    List<String> rest = new ArrayList<>(emails);
    rest.remove(normal(email));
    return new Identity(name, rest, linkedin);
  }

  public Identity withName(String newName) {
    return new Identity(newName, emails, linkedin);
  }

  public Identity withLinkedin(String url) {
    return new Identity(name, emails, url);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
