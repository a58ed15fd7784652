package needle.cli;

import java.io.PrintWriter;
import java.util.Locale;
import needle.imports.Progress;

/** A one-line progress bar on stderr, shown only on a terminal and only after a second. */
final class TerminalProgress implements Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private final PrintWriter err;
  private final String label;
  private final long delayNanos;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  TerminalProgress(PrintWriter err, String label, long delayNanos) {
    this.err = err;
    this.label = label;
    this.delayNanos = delayNanos;
  }

  /** A bar for {@code label} when stderr is a terminal, else nothing. */
  static Progress forFile(PrintWriter err, String label) {
    return System.console() == null ? Progress.NONE : new TerminalProgress(err, label, DELAY_NANOS);
  }

  @Override
  public void advance(long done, long total) {
    long now = System.nanoTime();
    boolean early = now - started < delayNanos;
    boolean justDrawn = drawn && now - lastDrawn < 100_000_000L;
    if (early || justDrawn) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    err.print("\r" + line(done, total));
    err.flush();
  }

  @Override
  public void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(70) + "\r");
      err.flush();
    }
  }

  private String line(long done, long total) {
    if (total <= 0) {
      return String.format(Locale.ROOT, "%s: %,d read", label, done);
    }
    int width = 30;
    int filled = (int) Math.min(width, width * done / total);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3d%%",
        shortLabel(),
        "#".repeat(filled),
        " ".repeat(width - filled),
        100 * done / total);
  }

  private String shortLabel() {
    return label.length() <= 30 ? label : "…" + label.substring(label.length() - 29);
  }
}
