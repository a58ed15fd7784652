package needle.imports.linkedin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import needle.imports.Contact;
import needle.imports.ImportBatch;
import needle.imports.Progress;
import needle.imports.Skipped;
import needle.imports.csv.CsvFile;

/**
 * Reads LinkedIn's Invitations.csv: the other side of each invitation becomes a contact tagged
 * {@code invited-me} or {@code invited-by-me}, with the invitation's message as a note.
 */
final class Invitations {
  static final String HEADER =
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";
  static final String INVITED_ME = "invited-me";
  static final String INVITED_BY_ME = "invited-by-me";

  private Invitations() {}

  static ImportBatch read(Path file, Progress progress) {
    List<Contact> contacts = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    CsvFile.read(
            file,
            List.of("From", "To", "Sent At", "Direction"),
            HEADER,
            row -> {
              contacts.add(contact(row));
              progress.advance(contacts.size(), -1);
            })
        .ifPresent(skipped::add);
    return new ImportBatch(LinkedinExport.SOURCE, file.toString(), contacts, List.of(), skipped);
  }

  private static Contact contact(CsvFile.Row row) {
    boolean outgoing = outgoing(row);
    String name = row.get(outgoing ? "To" : "From");
    String url =
        LinkedinUrls.canonical(row.get(outgoing ? "inviteeProfileUrl" : "inviterProfileUrl"));
    if (name.isEmpty() && url == null) {
      throw row.error(
          "the invitation names nobody (expected a name in "
              + (outgoing ? "To" : "From")
              + " for a "
              + row.get("Direction")
              + " invitation)");
    }
    return new Contact(
        name,
        null,
        null,
        List.of(),
        List.of(),
        url,
        null,
        List.of(outgoing ? INVITED_BY_ME : INVITED_ME),
        note(row, outgoing),
        (int) row.line());
  }

  private static boolean outgoing(CsvFile.Row row) {
    return switch (row.get("Direction").toUpperCase(Locale.ROOT)) {
      case "OUTGOING" -> true;
      case "INCOMING" -> false;
      default ->
          throw row.error(
              "unknown Direction \"" + row.get("Direction") + "\" (expected INCOMING or OUTGOING)");
    };
  }

  private static String note(CsvFile.Row row, boolean outgoing) {
    String text = row.get("Sent At");
    LocalDate sent =
        LinkedinDates.parse(text)
            .orElseThrow(
                () ->
                    row.error(
                        "bad Sent At \"" + text + "\" (expected " + LinkedinDates.EXPECTED + ")"));
    String message = row.get("Message");
    if (message.isEmpty()) {
      return null;
    }
    return (outgoing ? "My LinkedIn invitation of " : "Their LinkedIn invitation of ")
        + sent
        + ": "
        + message;
  }
}
