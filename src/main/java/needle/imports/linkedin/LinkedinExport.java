package needle.imports.linkedin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportOptions;
import needle.imports.csv.CsvFile;

/**
 * Reads any of the files of LinkedIn's data export that Needle understands: Connections.csv,
 * messages.csv or Invitations.csv, told apart by their header, not their name.
 */
public final class LinkedinExport {
  public static final String SOURCE = "linkedin";

  /** LinkedIn puts a "Notes:" paragraph of a few records before the header of Connections.csv. */
  private static final int MAX_PREAMBLE = 5;

  private LinkedinExport() {}

  public static ImportBatch read(Path file, ImportOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file, "no such file (check the path)");
    }
    List<List<String>> first = CsvFile.firstRecords(file, MAX_PREAMBLE + 1);
    for (int i = 0; i < first.size(); i++) {
      List<String> header = first.get(i);
      if (header.contains("first name") && header.contains("connected on")) {
        return Connections.read(file, i, options.progress());
      }
      if (i == 0 && header.contains("conversation id") && header.contains("from")) {
        return Messages.read(file, options);
      }
      if (i == 0 && header.contains("sent at") && header.contains("direction")) {
        return Invitations.read(file, options.progress());
      }
    }
    throw new ImportException(
        file,
        1,
        "not a file of LinkedIn's data export (expected Connections.csv with the header "
            + Connections.HEADER
            + ", messages.csv with "
            + Messages.HEADER
            + ", or Invitations.csv with "
            + Invitations.HEADER
            + ")");
  }
}
