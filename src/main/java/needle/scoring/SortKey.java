package needle.scoring;

import java.util.Comparator;
import java.util.Locale;
import needle.Labelled;

/** What `rank --by` sorts on, highest first; a missing balance sorts last. */
public enum SortKey implements Labelled {
  ROI(Comparator.comparingDouble(Score::roi)),
  STRENGTH(Comparator.comparingInt(Score::strength)),
  HOURS(Comparator.comparingDouble(Score::hours)),
  BALANCE(Comparator.comparingDouble(s -> s.balance() == null ? -1 : s.balance()));

  private final Comparator<Score> ascending;

  SortKey(Comparator<Score> ascending) {
    this.ascending = ascending;
  }

  /**
   * Highest first; ties go to the relationship with more hours invested, so the costliest lead
   * among equals, then by name ignoring case.
   */
  public Comparator<Score> order() {
    return ascending
        .reversed()
        .thenComparing(Comparator.comparingDouble(Score::hours).reversed())
        .thenComparing(s -> s.person().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public static SortKey parse(String text) {
    return Labelled.parse(SortKey.class, "sort key", text);
  }
}
