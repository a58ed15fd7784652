package needle.imports.google;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import needle.imports.Contact;
import needle.imports.ImportBatch;
import needle.imports.ImportOptions;
import needle.imports.Skipped;
import needle.imports.csv.CsvFile;
import needle.imports.linkedin.LinkedinUrls;
import needle.people.EmailSyntax;

/**
 * Reads a Google Contacts CSV export, old ("Name", "Given Name", "Organization 1 - Name", "Group
 * Membership") or new ("First Name", "Organization Name", "Labels"); a cell may hold several values
 * joined by " ::: ".
 */
public final class GoogleContacts {
  public static final String SOURCE = "google";
  static final String OLD_HEADER =
      "Name,Given Name,Additional Name,Family Name,…,E-mail 1 - Value,…,Organization 1 - Name,"
          + "Organization 1 - Title,…";
  static final String NEW_HEADER =
      "First Name,Middle Name,Last Name,…,Organization Name,Organization Title,…,Labels,"
          + "E-mail 1 - Value,…";

  /** Google's own labels: every contact has the first; they say nothing of the person. */
  private static final List<String> SYSTEM_LABELS = List.of("mycontacts", "my contacts");

  private final String file;
  private final Columns columns;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  private GoogleContacts(Path file, Columns columns) {
    this.file = file.toString();
    this.columns = columns;
  }

  public static ImportBatch read(Path file, ImportOptions options) {
    Columns columns = Columns.of(CsvFile.header(file));
    GoogleContacts reader = new GoogleContacts(file, columns);
    CsvFile.read(
            file,
            columns.required(),
            OLD_HEADER + " (older exports) or " + NEW_HEADER,
            row -> {
              reader.row(row);
              options.progress().advance(reader.contacts.size() + reader.skipped.size(), -1);
            })
        .ifPresent(reader.skipped::add);
    return new ImportBatch(SOURCE, file.toString(), reader.contacts, List.of(), reader.skipped);
  }

  private void row(CsvFile.Row row) {
    List<String> emails = emails(row);
    String company = first(row, columns.company());
    String name = firstOf(fullName(row), company, emails.isEmpty() ? null : emails.get(0));
    if (name == null) {
      skipped.add(
          new Skipped(file, row.line(), "a contact with no name, organization or e-mail address"));
      return;
    }
    contacts.add(
        new Contact(
            name,
            first(row, columns.title()),
            company,
            emails,
            values(row, columns.phones()),
            values(row, columns.websites()).stream()
                .filter(LinkedinUrls::isLinkedin)
                .map(LinkedinUrls::canonical)
                .findFirst()
                .orElse(null),
            null,
            tags(row),
            row.get("Notes"),
            (int) row.line()));
  }

  private String fullName(CsvFile.Row row) {
    if (columns.old() && !row.get("Name").isEmpty()) {
      return row.get("Name");
    }
    return blankToNull(
        columns.nameParts().stream()
            .map(row::get)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" ")));
  }

  private List<String> emails(CsvFile.Row row) {
    List<String> emails = new ArrayList<>();
    for (String value : values(row, columns.emails())) {
      boolean known = emails.stream().anyMatch(value::equalsIgnoreCase);
      if (EmailSyntax.isAddress(value)) {
        if (!known) {
          emails.add(value);
        }
      } else {
        skipped.add(
            Skipped.warning(
                file,
                row.line(),
                "\""
                    + value
                    + "\" is not an e-mail address; left out, the rest of the row is kept"));
      }
    }
    return emails;
  }

  private List<String> tags(CsvFile.Row row) {
    return values(row, List.of(columns.labels())).stream()
        .map(label -> label.replaceFirst("^\\*\\s*", ""))
        .filter(label -> !SYSTEM_LABELS.contains(label.toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** Every value of {@code names}' cells, each cell split at " ::: ". */
  private static List<String> values(CsvFile.Row row, List<String> names) {
    return names.stream()
        .map(row::get)
        .flatMap(cell -> Arrays.stream(cell.split(":::")))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  private static String first(CsvFile.Row row, String column) {
    List<String> all = values(row, List.of(column));
    return all.isEmpty() ? null : all.get(0);
  }

  private static String firstOf(String... candidates) {
    return Stream.of(candidates).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
