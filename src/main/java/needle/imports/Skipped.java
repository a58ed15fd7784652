package needle.imports;

/**
 * A row or value an import left out, with where it is and why. A warning is a bad value inside an
 * otherwise sound record (an address with a space, an empty CLASS): the record or the field is left
 * out and the file goes on, and the summary counts it apart from the rows left out on purpose (an
 * all-day event, a draft).
 */
public record Skipped(String file, long line, String reason, boolean warning) {
  /** A row left out on purpose: not a fault of the file. */
  public Skipped(String file, long line, String reason) {
    this(file, line, reason, false);
  }

  /** A bad value that was left out while the rest of the file was kept. */
  public static Skipped warning(String file, long line, String problem) {
    return new Skipped(file, line, problem, true);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
