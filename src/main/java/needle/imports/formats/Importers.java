package needle.imports.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import needle.imports.Guessed;
import needle.imports.ImportFeed;
import needle.imports.ImportOptions;
import needle.imports.csv.LedgerCsv;
import needle.imports.csv.PeopleCsv;
import needle.imports.google.GoogleContacts;
import needle.imports.ics.IcsImporter;
import needle.imports.linkedin.LinkedinExport;
import needle.imports.mbox.MailImport;
import needle.imports.vcard.VcardFile;

/**
 * The file formats Needle can import, by the name {@code import} and the web app use: each names
 * the file extensions it expects and how to read one file.
 */
public final class Importers {
  /**
   * One file of a format, as a feed; reading it fails with FILE:LINE: what is wrong. A mailbox or a
   * calendar read without the owner's addresses tells {@code guessed} whom it took for the owner (a
   * mailbox: null when it holds no address).
   */
  @FunctionalInterface
  public interface Reader {
    ImportFeed read(Path file, ImportOptions options, Consumer<Guessed> guessed);
  }

  /**
   * One format: its name, what it expects in words, its file extensions, its reader, and whether it
   * also reads a folder (a maildir).
   */
  public record Format(
      String name, String expects, Set<String> extensions, Reader reader, boolean readsFolders) {
    public Format {
      extensions = Set.copyOf(extensions);
    }

    Format(String name, String expects, Set<String> extensions, Reader reader) {
      this(name, expects, extensions, reader, false);
    }

    /** Whether a file called {@code fileName} looks like this format, by its extension. */
    public boolean accepts(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      return extensions.stream().anyMatch(ext -> lower.endsWith("." + ext));
    }
  }

  private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

  static {
    register(
        new Format(
            "people",
            "a people CSV (" + PeopleCsv.HEADER + ")",
            Set.of("csv"),
            (file, options, guessed) -> PeopleCsv.read(file)));
    register(
        new Format(
            "ledger",
            "a ledger CSV (" + LedgerCsv.HEADER + ")",
            Set.of("csv"),
            (file, options, guessed) -> LedgerCsv.feed(file, options.progress())));
    register(
        new Format(
            "linkedin",
            "a LinkedIn export file (Connections.csv, messages.csv or Invitations.csv)",
            Set.of("csv"),
            (file, options, guessed) -> LinkedinExport.read(file, options)));
    register(
        new Format(
            "google",
            "a Google Contacts CSV export",
            Set.of("csv"),
            (file, options, guessed) -> GoogleContacts.read(file, options)));
    register(
        new Format(
            "vcard",
            "a vCard file (.vcf)",
            Set.of("vcf", "vcard"),
            (file, options, guessed) -> VcardFile.read(file, options)));
    register(
        new Format(
            "ics",
            "an iCalendar file (.ics)",
            Set.of("ics", "ical"),
            (file, options, guessed) -> IcsImporter.read(file, options, guessed)));
    register(
        new Format(
            "mbox",
            "an mbox mailbox (.mbox) or a maildir folder",
            Set.of("mbox", "mbx"),
            (file, options, guessed) ->
                MailImport.feed(file, options, g -> guessed.accept(g == null ? null : g.told())),
            true));
  }

  private Importers() {}

  private static void register(Format format) {
    FORMATS.put(format.name(), format);
  }

  /** Every format, in the order they were registered. */
  public static List<Format> all() {
    return List.copyOf(FORMATS.values());
  }

  public static Optional<Format> find(String name) {
    return Optional.ofNullable(name == null ? null : FORMATS.get(name.trim()));
  }
}
