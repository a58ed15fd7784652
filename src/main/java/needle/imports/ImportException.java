package needle.imports;

import java.nio.file.Path;
import needle.NeedleException;

/** A file cannot be imported: the message starts with {@code FILE:LINE:} and says what to fix. */
public final class ImportException extends NeedleException {
  private static final long serialVersionUID = 1L;

  public ImportException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
  }

  public ImportException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
