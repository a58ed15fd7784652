package needle.imports.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import needle.imports.Contact;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportOptions;
import needle.imports.Skipped;
import needle.imports.TextFile;

/**
 * Reads a file of vCards (2.1, 3.0 or 4.0; many cards per file) into contacts. Text that is not
 * UTF-8 is read as Windows-1252, which older address books wrote; photos and other properties
 * Needle has no use for are passed over.
 */
public final class VcardFile {
  public static final String SOURCE = "vcard";

  /** ez-vcard's code for a line that holds no colon, which no vCard property can be. */
  private static final int MALFORMED_LINE = 27;

  private VcardFile() {}

  public static ImportBatch read(Path file, ImportOptions options) {
    TextFile.Text decoded = TextFile.read(file);
    String text = decoded.text();
    List<Integer> starts = cardStarts(file, text);
    List<List<ParseWarning>> warnings = new ArrayList<>();
    List<VCard> cards = Ezvcard.parse(text).warnings(warnings).all();
    if (cards.isEmpty()) {
      throw new ImportException(
          file,
          1,
          "no vCard in the file (expected BEGIN:VCARD, properties such as FN:Ada"
              + " Lovelace, then END:VCARD)");
    }
    warnings.forEach(w -> checkLines(file, w));
    List<Contact> contacts = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    decoded.notice().ifPresent(skipped::add);
    for (int i = 0; i < cards.size(); i++) {
      int line = i < starts.size() ? starts.get(i) : 1;
      CardContact.of(cards.get(i), file.toString(), line, skipped).ifPresent(contacts::add);
      options.progress().advance(i + 1, cards.size());
    }
    return new ImportBatch(SOURCE, file.toString(), contacts, List.of(), skipped);
  }

  /**
   * The line where each top-level card begins (cards nested in AGENT are not counted); a card that
   * never ends is refused, as the file was cut short.
   */
  private static List<Integer> cardStarts(Path file, String text) {
    List<Integer> starts = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim().toUpperCase(Locale.ROOT);
      if (line.equals("BEGIN:VCARD")) {
        if (depth++ == 0) {
          starts.add(i + 1);
        }
      } else if (line.equals("END:VCARD") && depth > 0) {
        depth--;
      }
    }
    if (depth > 0) {
      throw new ImportException(
          file,
          starts.get(starts.size() - 1),
          "this vCard has no END:VCARD (expected every BEGIN:VCARD to be closed; was the file"
              + " cut short?)");
    }
    return starts;
  }

  private static void checkLines(Path file, List<ParseWarning> warnings) {
    for (ParseWarning w : warnings) {
      if (Integer.valueOf(MALFORMED_LINE).equals(w.getCode()) && w.getLineNumber() != null) {
        throw new ImportException(
            file,
            w.getLineNumber(),
            "a line without a colon (expected NAME:VALUE lines such as EMAIL:ada@example.org"
                + " between BEGIN:VCARD and END:VCARD)");
      }
    }
  }
}
