package needle.ledger;

import needle.Labelled;

/** Which way value moved: I gave it, they gave it to me, or we won it together. */
public enum Direction implements Labelled {
  GAVE,
  GOT,
  JOINT;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public boolean countsAsGiven() {
    return this != GOT;
  }

  public boolean countsAsReceived() {
    return this != GAVE;
  }

  public static Direction parse(String text) {
    return Labelled.parse(Direction.class, "direction", text);
  }
}
