package needle.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The short sentences that say, with figures, why a relationship got its class. */
final class Reasons {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final Policy policy;
  private final Score score;
  private final Tally tally;
  private final List<String> out = new ArrayList<>();

  Reasons(Policy policy, Score score, Tally tally) {
    this.policy = policy;
    this.score = score;
    this.tally = tally;
  }

  List<String> sentences() {
    switch (score.relationshipClass()) {
      case NEW -> out.add(hours() + "; no value or asks yet");
      case DRIFTING -> drifting();
      case ONE_SIDED -> oneSided();
      case STATUS_BASED -> statusBased();
      case SECRETIVE -> secretive();
      case SOCIAL -> out.add(hours() + ", no value either way and no asks: socializing");
      case STRONG -> strong();
      case DEVELOPING -> developing();
    }
    out.add(
        String.format(
            Locale.ROOT, "ROI %.2f points per hour; strength %d", score.roi(), score.strength()));
    return List.copyOf(out);
  }

  private void drifting() {
    out.add(
        "last value exchanged "
            + month(tally.lastValue())
            + "; no value or time in the last "
            + policy.recentDays()
            + " days");
  }

  private void oneSided() {
    String who = score.direction() == Flow.THEY_TAKE ? "they take" : "you take";
    out.add(
        String.format(
            Locale.ROOT,
            "gave %.1f points, got %.1f (balance %.2f): %s",
            score.given(),
            score.received(),
            score.balance(),
            who));
  }

  private void statusBased() {
    out.add(
        hours() + ", nothing received in the last " + policy.recentDays() + " days; " + status());
    if (tally.asks().mineNotGranted() > 0) {
      out.add(count(tally.asks().mineNotGranted(), "ask") + " to them not granted");
    }
  }

  private void secretive() {
    out.add(
        String.format(
            Locale.ROOT,
            "%s ignored; openness %.0f%%",
            count(tally.asks().mineIgnored(), "ask"),
            100 * score.openness()));
  }

  private void strong() {
    out.add(flow() + "; balanced");
    if (score.openness() != null) {
      out.add(openness());
    }
    if (tally.anyJoint()) {
      out.add("won together");
    }
  }

  private void developing() {
    out.add(score.balance() == null ? hours() + "; no value yet" : hours() + "; " + flow());
    if (score.openness() != null) {
      out.add(openness());
    }
  }

  private String flow() {
    return String.format(
        Locale.ROOT,
        "got %.1f points, gave %.1f (balance %.2f)",
        score.received(),
        score.given(),
        score.balance());
  }

  private String openness() {
    AskCounts asks = tally.asks();
    return String.format(
        Locale.ROOT,
        "openness %.0f%% (%d of %d asks answered, %d a candid no)",
        100 * score.openness(),
        asks.answered(),
        asks.resolved(),
        asks.declined());
  }

  private String hours() {
    String since = tally.firstTime() == null ? "" : " since " + month(tally.firstTime());
    return String.format(Locale.ROOT, "%.1f h invested%s", score.hours(), since);
  }

  private String status() {
    String title = score.person().title();
    String who = title == null || title.isBlank() ? score.person().level().label() : title;
    return who + " (level " + score.person().level().rank() + ")";
  }

  private static String month(LocalDate date) {
    return date == null ? "never" : MONTH.format(date);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
