package needle.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The date options commands share, as picocli mixins; both default to today. */
final class Dates {
  private Dates() {}

  /** {@code --on DATE}: the day something happened. */
  static final class On {
    @Option(
        names = "--on",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "The day it happened, YYYY-MM-DD (default: today).")
    LocalDate value;

    LocalDate orToday(App app) {
      return value != null ? value : app.today();
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
