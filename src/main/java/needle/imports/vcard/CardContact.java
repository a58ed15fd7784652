package needle.imports.vcard;

import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextListProperty;
import ezvcard.property.TextProperty;
import ezvcard.property.Url;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import needle.imports.Contact;
import needle.imports.Skipped;
import needle.imports.linkedin.LinkedinUrls;
import needle.people.EmailSyntax;

/**
 * One vCard as a contact: named by FN, else N, else the organization, else the first e-mail; the
 * title from TITLE, the company from ORG's first unit, the LinkedIn URL from URL or
 * X-SOCIALPROFILE.
 */
final class CardContact {
  /** The catch-all group every Android and Google contact is in; it says nothing of the person. */
  private static final String EVERYONE = "My Contacts";

  private final VCard card;
  private final String file;
  private final int line;
  private final List<Skipped> skipped;

  private CardContact(VCard card, String file, int line, List<Skipped> skipped) {
    this.card = card;
    this.file = file;
    this.line = line;
    this.skipped = skipped;
  }

  /** The contact {@code card} describes, or empty (and a reason in {@code skipped}) if none. */
  static Optional<Contact> of(VCard card, String file, int line, List<Skipped> skipped) {
    return new CardContact(card, file, line, skipped).contact();
  }

  private Optional<Contact> contact() {
    List<String> emails = emails();
    String company =
        first(card.getOrganization() == null ? List.of() : card.getOrganization().getValues());
    String name =
        firstOf(
            formattedName(), structuredName(), company, emails.isEmpty() ? null : emails.get(0));
    if (name == null) {
      skipped.add(new Skipped(file, line, "a vCard with no name, organization or e-mail address"));
      return Optional.empty();
    }
    return Optional.of(
        new Contact(
            name,
            first(card.getTitles().stream().map(TextProperty::getValue).toList()),
            company,
            emails,
            phones(),
            linkedin(),
            null,
            tags(),
            notes(),
            line));
  }

  private String formattedName() {
    return card.getFormattedName() == null ? null : blankToNull(card.getFormattedName().getValue());
  }

  private String structuredName() {
    StructuredName n = card.getStructuredName();
    if (n == null) {
      return null;
    }
    String joined =
        Stream.of(
                Stream.of(n.getGiven()), n.getAdditionalNames().stream(), Stream.of(n.getFamily()))
            .flatMap(s -> s)
            .filter(s -> s != null && !s.isBlank())
            .map(String::trim)
            .collect(Collectors.joining(" "));
    return blankToNull(joined);
  }

  private List<String> emails() {
    List<String> emails = new ArrayList<>();
    for (var email : card.getEmails()) {
      String value =
          Objects.requireNonNullElse(email.getValue(), "").trim().replaceFirst("(?i)^mailto:", "");
      if (EmailSyntax.isAddress(value)) {
        emails.add(value);
      } else if (!value.isEmpty()) {
        leftOut("EMAIL \"" + value + "\" is not an e-mail address");
      }
    }
    return emails;
  }

  private List<String> phones() {
    List<String> phones = new ArrayList<>();
    for (Telephone tel : card.getTelephoneNumbers()) {
      String value = number(tel);
      if (value.chars().anyMatch(Character::isDigit)) {
        phones.add(value);
      } else if (!value.isEmpty()) {
        leftOut("TEL \"" + value + "\" holds no digits");
      }
    }
    return phones;
  }

  private static String number(Telephone tel) {
    if (tel.getUri() != null) {
      String ext = tel.getUri().getExtension();
      return tel.getUri().getNumber() + (ext == null ? "" : " ext. " + ext);
    }
    return Objects.requireNonNullElse(tel.getText(), "").trim();
  }

  private String linkedin() {
    Stream<String> urls = card.getUrls().stream().map(Url::getValue);
    Stream<String> social =
        card.getExtendedProperties("X-SOCIALPROFILE").stream().map(RawProperty::getValue);
    return Stream.concat(urls, social)
        .filter(LinkedinUrls::isLinkedin)
        .map(LinkedinUrls::canonical)
        .findFirst()
        .orElse(null);
  }

  private List<String> tags() {
    return card.getCategoriesList().stream()
        .map(TextListProperty::getValues)
        .flatMap(List::stream)
        .map(String::trim)
        .filter(t -> !t.isEmpty() && !t.equalsIgnoreCase(EVERYONE))
        .distinct()
        .toList();
  }

  private String notes() {
    return blankToNull(
        card.getNotes().stream()
            .map(TextProperty::getValue)
            .filter(Objects::nonNull)
            .map(note -> note.replaceAll("\r\n?", "\n").trim())
            .collect(Collectors.joining("\n")));
  }

  private void leftOut(String why) {
    skipped.add(Skipped.warning(file, line, why + "; left out, the rest of the card is kept"));
  }

  private static String first(List<String> values) {
    return values.stream()
        .map(CardContact::blankToNull)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static String firstOf(String... candidates) {
    return first(Arrays.asList(candidates));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
