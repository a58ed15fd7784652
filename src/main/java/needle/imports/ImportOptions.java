package needle.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an importer needs besides the file: the owner's addresses (kept in the ledger, and {@code
 * --me}; for a LinkedIn export also their name and profile URL), the date to expand recurring
 * events up to, how group meetings count, where to report progress, and the most rows the file may
 * write (see {@link #budget}).
 */
public record ImportOptions(
    List<String> me,
    LocalDate asOf,
    String groupMode,
    int groupMaxOthers,
    Progress progress,
    long maxRows) {

  /** Rows any file may write, however small: a calendar of one long series. */
  public static final long FLOOR_ROWS = 20_000;

  /** Rows a file may write per byte beyond the floor: a dense calendar writes a few. */
  public static final long ROWS_PER_BYTE = 20;

  public ImportOptions {
    me = me.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
    if (maxRows <= 0) {
      throw new IllegalArgumentException("the most rows a file may write must be positive");
    }
  }

  /** Options without a budget of rows, for a file whose size is not known. */
  public ImportOptions(
      List<String> me, LocalDate asOf, String groupMode, int groupMaxOthers, Progress progress) {
    this(me, asOf, groupMode, groupMaxOthers, progress, Long.MAX_VALUE);
  }

  /**
   * The most rows {@code file} may write: a bounded multiple of its size, so that no small file (a
   * recurring event with ten attendees, say) makes millions.
   */
  public static long budget(Path file) {
    try (Stream<Path> paths = Files.walk(file)) {
      long bytes =
          paths
              .filter(Files::isRegularFile)
              .mapToLong(ImportOptions::size)
              .reduce(0, Math::addExact);
      return FLOOR_ROWS + ROWS_PER_BYTE * bytes;
    } catch (IOException | UncheckedIOException e) {
      return FLOOR_ROWS; // the reader says what is wrong with the file, with its line
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** These options, writing at most {@code rows}. */
  public ImportOptions withMaxRows(long rows) {
    return new ImportOptions(me, asOf, groupMode, groupMaxOthers, progress, rows);
  }

  /**
   * Whether the owner's e-mail addresses are known: {@link #me} may also hold their name and
   * LinkedIn URL, for a LinkedIn export.
   */
  public boolean knowsMyAddress() {
    return me.stream().anyMatch(m -> m.indexOf('@') > 0);
  }

  /** Whether {@code email} is one of the owner's addresses (any case, "mailto:" ignored). */
  public boolean isMe(String email) {
    if (email == null) {
      return false;
    }
    String address = email.trim().toLowerCase(Locale.ROOT);
    return me.contains(address.startsWith("mailto:") ? address.substring(7) : address);
  }

  /** The sentence that fails a file once it would write more than {@link #maxRows}. */
  public String tooManyRows() {
    return "the file would write more than "
        + maxRows
        + " rows, more than a file of its size may (a series that repeats without end, or a"
        + " meeting with very many attendees?): split the file, or shorten it";
  }
}
