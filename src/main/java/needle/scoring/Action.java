package needle.scoring;

import needle.Labelled;

/** The next move with a person. */
public enum Action implements Labelled {
  GIVE,
  ASK,
  INVEST,
  RECONNECT,
  REDUCE;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }
}
