package needle.imports;

/** A row an import left out on purpose, with where it is and why. */
public record Skipped(String file, long line, String reason) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
