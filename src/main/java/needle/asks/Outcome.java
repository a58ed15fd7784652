package needle.asks;

import needle.Labelled;

/**
 * How an ask ended. A declined ask is a candid no, which counts as an answer; an answered one got a
 * reply, yes or no unknown (an ask found in mail), and counts as an answer too.
 */
public enum Outcome implements Labelled {
  OPEN,
  GRANTED,
  DECLINED,
  ANSWERED,
  IGNORED;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }

  public boolean answered() {
    return this == GRANTED || this == DECLINED || this == ANSWERED;
  }

  public static Outcome parse(String text) {
    return Labelled.parse(Outcome.class, "outcome", text);
  }

  /** The outcomes an open ask can be resolved to. */
  public static Outcome parseResolution(String text) {
    Outcome outcome = parse(text);
    if (outcome == OPEN) {
      throw new needle.NeedleException(
          "an ask cannot be resolved as \"open\" (expected granted, declined or ignored)");
    }
    return outcome;
  }
}
