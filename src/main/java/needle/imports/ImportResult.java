package needle.imports;

import java.util.List;

/**
 * What an import did: people created and updated, entries added, messages recorded for reply rates,
 * and what it skipped.
 */
public record ImportResult(
    String file,
    List<String> created,
    List<String> updated,
    int added,
    int alreadyThere,
    int messagesRecorded,
    List<Skipped> skipped) {

  public ImportResult {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    skipped = List.copyOf(skipped);
  }

  /** Nothing new: the file had been imported before. */
  public boolean changedNothing() {
    return created.isEmpty() && updated.isEmpty() && added == 0 && messagesRecorded == 0;
  }
}
