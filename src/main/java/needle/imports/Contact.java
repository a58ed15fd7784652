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

  /** Control characters are taken out of every field: a file may hold escape sequences. */
  public Contact {
    emails = cleaned(emails);
    phones = cleaned(phones);
    tags = tags.stream().map(ControlCharacters::strip).toList();
    name = blankToNull(ControlCharacters.strip(name));
    title = blankToNull(ControlCharacters.strip(title));
    company = blankToNull(ControlCharacters.strip(company));
    linkedin = blankToNull(ControlCharacters.strip(linkedin));
    notes = blankToNull(ControlCharacters.stripKeepingLines(notes));
  }

  private static List<String> cleaned(List<String> values) {
    return values.stream()
        .map(v -> ControlCharacters.strip(v).trim())
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
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
