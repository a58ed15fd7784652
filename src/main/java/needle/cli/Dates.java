package needle.cli;

import java.time.LocalDate;
import needle.app.Checks;
import picocli.CommandLine.Option;

/** The date options commands share, as picocli mixins; both default to today. */
final class Dates {
  private Dates() {}

  /**
   * {@code --on DATE}: the day something happened; a date before 1900 or more than a year ahead is
   * taken only with {@code --force}.
   */
  static final class On {
    @Option(
        names = "--on",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "The day it happened, YYYY-MM-DD (default: today).")
    LocalDate value;

    @Option(
        names = "--force",
        description = "Keep a date before 1900 or more than a year from today.")
    boolean force;

    LocalDate orToday(App app) {
      return value != null ? Checks.date(app.scope(), value, force) : app.today();
    }
  }

  /** {@code --as-of DATE}: the day figures are computed as of; later events are ignored. */
  static final class AsOf {
    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description =
            "Compute as of this day, YYYY-MM-DD (default: today); later events are ignored.")
    LocalDate value;

    LocalDate orToday(App app) {
      return value != null ? value : app.today();
    }
  }
}
