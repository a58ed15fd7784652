package needle.people;

/** Status derived from a job title, 0 (unknown) to 6 (C-level, founder, partner). */
public enum Level {
  UNKNOWN("unknown"),
  INDIVIDUAL_CONTRIBUTOR("individual contributor"),
  SENIOR_IC("senior individual contributor"),
  MANAGER("manager"),
  DIRECTOR("director"),
  VICE_PRESIDENT("vice president"),
  C_LEVEL("C-level");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The number DESIGN gives this level, 0 to 6. */
  public int rank() {
    return ordinal();
  }

  public String label() {
    return label;
  }

  public static Level ofRank(int rank) {
    if (rank < 0 || rank > 6) {
      throw new IllegalArgumentException("level " + rank + " is outside 0-6");
    }
    return values()[rank];
  }
}
