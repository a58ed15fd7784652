package needle.scoring;

import needle.Labelled;

/** Who takes in a one-sided relationship. */
public enum Flow implements Labelled {
  THEY_TAKE,
  YOU_TAKE;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }
}
