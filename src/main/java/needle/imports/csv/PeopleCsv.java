package needle.imports.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import needle.imports.Contact;
import needle.imports.ImportBatch;
import needle.imports.Skipped;
import needle.people.EmailSyntax;

/**
 * Reads a people CSV: {@code name,title,company,email}, optionally phone, linkedin, tags, notes.
 */
public final class PeopleCsv {
  public static final String HEADER = "name,title,company,email";

  private PeopleCsv() {}

  public static ImportBatch read(Path file) {
    List<Contact> contacts = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    CsvFile.read(file, List.of("name"), HEADER, row -> contacts.add(contact(row, skipped::add)))
        .ifPresent(skipped::add);
    return new ImportBatch("people-csv", file.toString(), contacts, List.of(), skipped);
  }

  private static Contact contact(CsvFile.Row row, Consumer<Skipped> warn) {
    String name = row.get("name");
    if (name.isEmpty()) {
      throw row.error("the name is empty (expected a name in the name column)");
    }
    List<String> emails = new ArrayList<>();
    for (String email : split(row.get("email"), "[;,\\s]+")) {
      if (EmailSyntax.isAddress(email)) {
        emails.add(email);
      } else {
        warn.accept(
            row.warning(
                "\""
                    + email
                    + "\" is not an e-mail address (expected e.g. ada@example.org); left out, the"
                    + " rest of the row is kept"));
      }
    }
    return new Contact(
        name,
        row.get("title"),
        row.get("company"),
        emails,
        split(row.get("phone"), ";"),
        row.get("linkedin"),
        null,
        split(row.get("tags"), ";"),
        row.get("notes"),
        (int) row.line());
  }

  /**
   * The values of {@code cell}, trimmed. The separator is a plain one (";") or a class of
   * characters ("[;,\\s]+"): a pattern with optional spaces around it is tried from every one of a
   * long run of spaces, and a cell of 100,000 took minutes.
   */
  static List<String> split(String cell, String separator) {
    return cell.isEmpty()
        ? List.of()
        : Arrays.stream(cell.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
