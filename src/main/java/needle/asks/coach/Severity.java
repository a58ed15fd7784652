package needle.asks.coach;

import needle.Labelled;

/** How a finding bears on the ask: a strength to keep, a weakness to fix, or a blocker. */
public enum Severity implements Labelled {
  GOOD,
  WARNING,
  BAD;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }
}
