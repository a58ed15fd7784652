package needle.app;

import java.util.List;
import needle.imports.ImportResult;
import needle.imports.Skipped;

/**
 * An import's summary as the API answers it: the counts, and the first warnings ("LINE: what") of
 * {@code warnings} in all, as the page and the command line show them.
 */
public record ImportSummary(
    String file,
    int created,
    int updated,
    int added,
    int alreadyThere,
    int messagesRecorded,
    int asksFound,
    int warnings,
    List<String> firstWarnings,
    int skipped) {

  public ImportSummary {
    firstWarnings = List.copyOf(firstWarnings);
  }

  public static ImportSummary of(String file, ImportResult r) {
    return new ImportSummary(
        file,
        r.created().size(),
        r.updated().size(),
        r.added(),
        r.alreadyThere(),
        r.messagesRecorded(),
        r.asksFound(),
        r.warnings().size(),
        r.warningsListed().shown().stream().map(ImportSummary::line).toList(),
        r.leftOut().size());
  }

  private static String line(Skipped s) {
    return s.line() + ": " + s.reason();
  }
}
