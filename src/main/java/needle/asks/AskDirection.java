package needle.asks;

import needle.Labelled;

/** Who asked: I asked them, or they asked me. */
public enum AskDirection implements Labelled {
  ASKED,
  WAS_ASKED;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }
}
