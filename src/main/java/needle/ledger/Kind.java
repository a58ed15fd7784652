package needle.ledger;

import needle.Labelled;

/** What kind of value moved; each has default points that the scoring config may override. */
public enum Kind implements Labelled {
  JOB(8),
  PROMOTION(8),
  RAISE(6),
  SPONSORSHIP(5),
  DEAL(5),
  WIN(5),
  REFERRAL(3),
  TOOL(3),
  INTRODUCTION(2),
  ADVICE(1),
  FEEDBACK(1),
  ENDORSEMENT(1),
  OTHER(1);

  private final double defaultPoints;

  Kind(double defaultPoints) {
    this.defaultPoints = defaultPoints;
  }

  /** The points DESIGN gives this kind; {@code Policy} holds the ones in force. */
  public double defaultPoints() {
    return defaultPoints;
  }

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public static Kind parse(String text) {
    return Labelled.parse(Kind.class, "kind", text);
  }
}
