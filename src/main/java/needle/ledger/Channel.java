package needle.ledger;

import needle.Labelled;

/** How time with a person was spent. */
public enum Channel implements Labelled {
  MEETING,
  CALL,
  COFFEE,
  LUNCH,
  EMAIL,
  MESSAGE,
  EVENT;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public static Channel parse(String text) {
    return Labelled.parse(Channel.class, "channel", text);
  }
}
