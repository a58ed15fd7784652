package needle.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.asks.coach.AskCoach;
import needle.asks.coach.Verdict;

/**
 * What works for you: of your asks that have an outcome (granted, declined, or open past the
 * follow-up days and so ignored), the share answered, split by the coach's verdict on the ask's
 * text and by each of its findings. {@code asks --stats} and the asks page show it.
 *
 * @param asks your asks with an outcome as of the date
 * @param answered how many of them were answered: granted, declined, or answered by mail
 * @param minimum the fewest asks on a side of a split for its share to be shown
 * @param verdicts the smart asks and the dumb ones
 * @param findings one split per rule that fired on at least one ask, in the rules' order
 */
public record AskStats(
    LocalDate asOf,
    int asks,
    int answered,
    int minimum,
    List<Share> verdicts,
    List<Split> findings) {

  /** Fewer asks than this on either side of a split tell nothing: two of three is chance. */
  public static final int MINIMUM = 5;

  /** The sentence a door shows where a share rests on too few asks. */
  public static final String TOO_FEW = "too few asks to tell";

  public AskStats {
    verdicts = List.copyOf(verdicts);
    findings = List.copyOf(findings);
  }

  /** How many asks of a group there were and how many were answered. */
  public record Share(String group, int asks, int answered, Double rate) {
    static Share of(String group, int asks, int answered, int minimum) {
      Double rate = asks < minimum ? null : round((double) answered / asks);
      return new Share(group, asks, answered, rate);
    }

    /** "78% (7 of 9)", or {@link #TOO_FEW} with the count. */
    public String text() {
      if (rate == null) {
        return String.format(Locale.ROOT, "%s (%d)", TOO_FEW, asks);
      }
      return String.format(Locale.ROOT, "%d%% (%d of %d)", percent(rate), answered, asks);
    }
  }

  /**
   * The asks with a finding of one rule against those without it, and a sentence saying how their
   * shares answered compare.
   */
  public record Split(String rule, String describes, Share with, Share without, String sentence) {
    static Split of(String rule, String describes, Share with, Share without) {
      String sentence =
          with.rate() == null || without.rate() == null
              ? String.format(
                  Locale.ROOT,
                  "Asks that %s: %s (%d of them, %d others).",
                  describes,
                  TOO_FEW,
                  with.asks(),
                  without.asks())
              : String.format(
                  Locale.ROOT,
                  "Asks that %s were answered %d%% of the time (%d of %d), others %d%% (%d of %d).",
                  describes,
                  percent(with.rate()),
                  with.answered(),
                  with.asks(),
                  percent(without.rate()),
                  without.answered(),
                  without.asks());
      return new Split(rule, describes, with, without, sentence);
    }
  }

  /** The share answered of all the asks, or empty when there are too few to tell. */
  public Optional<Double> rate() {
    return asks < minimum ? Optional.empty() : Optional.of(round((double) answered / asks));
  }

  /** The asks I made by {@code asOf} whose outcome is known then, judged by the standard coach. */
  public static AskStats asOf(Scope scope, LocalDate asOf) {
    int followUpDays = scope.policy().followUpDays();
    List<Judged> judged = new ArrayList<>();
    Map<String, Optional<Verdict>> verdicts = new HashMap<>();
    for (Ask ask : scope.ledger().read(s -> s.asks())) {
      Outcome outcome = ask.outcomeAsOf(asOf, followUpDays);
      if (ask.direction() != AskDirection.ASKED
          || ask.on().isAfter(asOf)
          || outcome == Outcome.OPEN) {
        continue;
      }
      verdicts
          .computeIfAbsent(ask.text() == null ? "" : ask.text(), AskStats::lint)
          .ifPresent(v -> judged.add(new Judged(v, outcome.answered())));
    }
    return of(asOf, judged, AskCoach.standard(), MINIMUM);
  }

  /** One ask's verdict and whether it was answered. */
  record Judged(Verdict verdict, boolean answered) {}

  static AskStats of(LocalDate asOf, List<Judged> judged, AskCoach coach, int minimum) {
    int answered = answered(judged);
    List<Share> verdicts =
        List.of(
            share("smart", judged, j -> j.verdict().smart(), minimum),
            share("dumb", judged, j -> !j.verdict().smart(), minimum));
    List<Split> findings = new ArrayList<>();
    for (String rule : coach.rules()) {
      Share with = share("with", judged, j -> j.verdict().has(rule), minimum);
      if (with.asks() > 0) {
        Share without = share("without", judged, j -> !j.verdict().has(rule), minimum);
        findings.add(Split.of(rule, coach.describe(rule), with, without));
      }
    }
    return new AskStats(asOf, judged.size(), answered, minimum, verdicts, findings);
  }

  /** An ask whose text the coach cannot judge (empty, say) is left out of the figures. */
  private static Optional<Verdict> lint(String text) {
    try {
      return Optional.of(AskCoach.standard().lint(text));
    } catch (NeedleException unjudgeable) {
      return Optional.empty();
    }
  }

  private static Share share(String group, List<Judged> judged, Predicate<Judged> in, int minimum) {
    List<Judged> members = judged.stream().filter(in).toList();
    return Share.of(group, members.size(), answered(members), minimum);
  }

  private static int answered(List<Judged> judged) {
    return (int) judged.stream().filter(Judged::answered).count();
  }

  private static double round(double share) {
    return Math.round(share * 100) / 100.0;
  }

  private static int percent(double rate) {
    return (int) Math.round(rate * 100);
  }
}
