package needle.imports.mbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Enron custodians' addresses, from the titles file beside the mail. */
final class Titles {
  private Titles() {}

  /** The address the titles file gives the custodian with this maildir name. */
  static String email(Path enron, String custodian) {
    Path csv = enron.resolve("titles/enron_custodians_rank_title.csv");
    try {
      return Files.readAllLines(csv).stream()
          .map(line -> line.split(","))
          .filter(cells -> cells.length > 5 && cells[1].equals(custodian))
          .map(cells -> cells[cells.length - 1].trim())
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(custodian + " is not in " + csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
