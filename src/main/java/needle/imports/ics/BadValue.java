package needle.imports.ics;

import java.nio.file.Path;
import needle.NeedleException;
import needle.imports.ImportException;
import needle.imports.Skipped;

/**
 * A value inside a sound component that cannot be read (a date of 13 months, an address with a
 * space): the reader leaves out the value or its event with a {@link #warning} and goes on. Its
 * message has the FILE:LINE of an {@link ImportException}, should one escape.
 */
final class BadValue extends NeedleException {
  private static final long serialVersionUID = 1L;

  private final transient ImportException where;

  BadValue(Path file, long line, String problem) {
    this(new ImportException(file, line, problem));
  }

  private BadValue(ImportException where) {
    super(where.getMessage());
    this.where = where;
  }

  /** The warning a summary shows: where, what is wrong, and {@code consequence}. */
  Skipped warning(String file, String consequence) {
    return Skipped.warning(file, where.line(), where.problem() + "; " + consequence);
  }
}
