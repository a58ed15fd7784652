package needle.imports;

/** Told how far a long import has got, so a terminal can show it; silent elsewhere. */
public interface Progress {
  Progress NONE = (done, total) -> {};

  /** {@code done} of {@code total} units (bytes, rows, messages) are read; total may be -1. */
  void advance(long done, long total);

  /** The import finished; a progress line, if any, is cleared. */
  default void finish() {}
}
