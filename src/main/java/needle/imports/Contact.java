package needle.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as an import file describes them, before they are matched to the ledger (by e-mail, then
 * LinkedIn URL, then exact name). {@code line} is where the file names them.
 */
public record Contact(
    String name,
    String title,
    String company,
    List<String> emails,
    List<String> phones,
    String linkedin,
    LocalDate firstMet,
    List<String> tags,
    String notes,
    int line) {

  public Contact {
    emails = emails.stream().map(String::trim).filter(e -> !e.isEmpty()).distinct().toList();
    phones = phones.stream().map(String::trim).filter(p -> !p.isEmpty()).distinct().toList();
    tags = List.copyOf(tags);
    name = blankToNull(name);
    title = blankToNull(title);
    company = blankToNull(company);
    linkedin = blankToNull(linkedin);
    notes = blankToNull(notes);
  }

  /** Someone known only by a name and perhaps an e-mail address. */
  public static Contact of(String name, String email, int line) {
    return new Contact(
        name,
        null,
        null,
        email == null ? List.of() : List.of(email),
        List.of(),
        null,
        null,
        List.of(),
        null,
        line);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
