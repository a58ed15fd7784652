package needle.scoring;

import java.util.Comparator;
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

  Comparator<Score> comparator() {
    return ascending;
  }

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public static SortKey parse(String text) {
    return Labelled.parse(SortKey.class, "sort key", text);
  }
}
