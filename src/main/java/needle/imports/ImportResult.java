package needle.imports;

import java.util.List;

/**
 * What an import did: people created and updated, entries added, messages recorded for reply rates,
 * asks found in mail for review ({@code asksFound}, new ones only), and what it skipped.
 */
public record ImportResult(
    String file,
    List<String> created,
    List<String> updated,
    int added,
    int alreadyThere,
    int messagesRecorded,
    int asksFound,
    List<Skipped> skipped) {

  /** How many people created a summary names; the rest it counts. */
  public static final int NAMED = 10;

  /** How many skipped rows a summary lists; the rest it counts. */
  public static final int LISTED = 20;

  /** How many warnings a summary quotes; the rest it counts. */
  public static final int WARNED = 5;

  public ImportResult {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    skipped = List.copyOf(skipped);
  }

  /** The people created, as a summary names them: 30,000 names would fill a screen. */
  public Excerpt<String> createdNamed() {
    return Excerpt.of(created, NAMED);
  }

  /** The bad values left out while the file went on (see {@link Skipped#warning()}). */
  public List<Skipped> warnings() {
    return skipped.stream().filter(Skipped::warning).toList();
  }

  /** The first warnings, as a summary quotes them. */
  public Excerpt<Skipped> warningsListed() {
    return Excerpt.of(warnings(), WARNED);
  }

  /** The rows left out on purpose (an all-day event, a draft): everything skipped but warnings. */
  public List<Skipped> leftOut() {
    return skipped.stream().filter(s -> !s.warning()).toList();
  }

  /** The rows left out on purpose, as a summary lists them. */
  public Excerpt<Skipped> skippedListed() {
    return Excerpt.of(leftOut(), LISTED);
  }

  /** Nothing new: the file had been imported before. */
  public boolean changedNothing() {
    return created.isEmpty()
        && updated.isEmpty()
        && added == 0
        && messagesRecorded == 0
        && asksFound == 0;
  }
}
