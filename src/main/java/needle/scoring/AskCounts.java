package needle.scoring;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;

/**
 * How one relationship's asks stood as of a date, as scoring counts them: asks dated later are left
 * out, and an open ask past follow-up counts as ignored. {@code last} is the day of the latest ask
 * counted. The counts can come from every ask ({@link #of}) or from a read model that counts them
 * where they are kept.
 */
public record AskCounts(
    int total,
    int resolved,
    int answered,
    int mineIgnored,
    int mineNotGranted,
    int declined,
    int open,
    int followUps,
    LocalDate last) {

  /** No asks. */
  public static final AskCounts NONE = new AskCounts(0, 0, 0, 0, 0, 0, 0, 0, null);

  /** The share of resolved asks that were answered, or null with none resolved. */
  public Double openness() {
    return resolved == 0 ? null : (double) answered / resolved;
  }

  /** The counts over {@code all} as of {@code asOf}. */
  public static AskCounts of(List<Ask> all, LocalDate asOf, Policy policy) {
    int total = 0, resolved = 0, answered = 0, mineIgnored = 0, mineNotGranted = 0;
    int declined = 0, open = 0, followUps = 0;
    LocalDate last = null;
    for (Ask ask : all) {
      if (ask.on().isAfter(asOf)) {
        continue;
      }
      total++;
      last = Flows.later(last, ask.on());
      Outcome outcome = ask.outcomeAsOf(asOf, policy.followUpDays());
      boolean mine = ask.direction() == AskDirection.ASKED;
      resolved += outcome != Outcome.OPEN ? 1 : 0;
      answered += outcome.answered() ? 1 : 0;
      declined += outcome == Outcome.DECLINED ? 1 : 0;
      mineIgnored += mine && outcome == Outcome.IGNORED ? 1 : 0;
      mineNotGranted += mine && outcome != Outcome.GRANTED ? 1 : 0;
      boolean stillOpen = ask.isOpenAsOf(asOf);
      open += stillOpen ? 1 : 0;
      followUps += stillOpen && outcome == Outcome.IGNORED ? 1 : 0;
    }
    return new AskCounts(
        total, resolved, answered, mineIgnored, mineNotGranted, declined, open, followUps, last);
  }
}
