package needle.imports.linkedin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.imports.Contact;
import needle.imports.ImportBatch;
import needle.imports.Progress;
import needle.imports.Skipped;
import needle.imports.csv.CsvFile;
import needle.people.EmailSyntax;

/**
 * Reads LinkedIn's Connections.csv of any generation: with or without the "Notes:" preamble, the
 * URL and e-mail columns; "Connected On" becomes the date first met.
 */
final class Connections {
  static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

  private final Path file;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  private Connections(Path file) {
    this.file = file;
  }

  static ImportBatch read(Path file, int preamble, Progress progress) {
    Connections reader = new Connections(file);
    CsvFile.read(
            file,
            preamble,
            List.of("First Name", "Last Name", "Connected On"),
            HEADER,
            row -> {
              reader.row(row);
              progress.advance(reader.contacts.size() + reader.skipped.size(), -1);
            })
        .ifPresent(reader.skipped::add);
    return new ImportBatch(
        LinkedinExport.SOURCE, file.toString(), reader.contacts, List.of(), reader.skipped);
  }

  private void row(CsvFile.Row row) {
    String name = (row.get("First Name") + " " + row.get("Last Name")).trim();
    String url = LinkedinUrls.canonical(row.get("URL"));
    String email = row.get("Email Address");
    if (name.isEmpty() && url == null && email.isEmpty()) {
      skipped.add(
          new Skipped(
              file.toString(),
              row.line(),
              "a connection without name, profile URL or e-mail (LinkedIn hides members who"
                  + " opted out)"));
      return;
    }
    if (!email.isEmpty() && !EmailSyntax.isAddress(email)) {
      skipped.add(
          row.warning(
              "\""
                  + email
                  + "\" is not an e-mail address (expected e.g. ada@example.org or nothing); left"
                  + " out, the rest of the row is kept"));
      email = "";
    }
    contacts.add(
        new Contact(
            name,
            row.get("Position"),
            row.get("Company"),
            email.isEmpty() ? List.of() : List.of(email),
            List.of(),
            url,
            connectedOn(row),
            List.of(),
            null,
            (int) row.line()));
  }

  private static LocalDate connectedOn(CsvFile.Row row) {
    String text = row.get("Connected On");
    if (text.isEmpty()) {
      return null;
    }
    return LinkedinDates.parse(text)
        .orElseThrow(
            () ->
                row.error(
                    "bad Connected On \"" + text + "\" (expected " + LinkedinDates.EXPECTED + ")"));
  }
}
