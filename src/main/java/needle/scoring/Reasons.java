package needle.scoring;

import static needle.scoring.Figures.fixed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import needle.ledger.ValueEvent;

/** The short sentences that say, with figures, why a relationship got its class. */
final class Reasons {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /**
   * Months as written, each formatted once: a ranking names a few dozen months thousands of times.
   */
  private static final Map<Integer, String> MONTHS = new ConcurrentHashMap<>();

  private final Policy policy;
  private final Score score;
  private final Tally tally;
  private final List<ValueEvent> values;
  private final List<String> out = new ArrayList<>();

  /** {@code values} are the events to quote, none when only the sums are known. */
  Reasons(Policy policy, Score score, Tally tally, List<ValueEvent> values) {
    this.policy = policy;
    this.score = score;
    this.tally = tally;
    this.values = values;
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
    quoted().ifPresent(q -> out.add(1, q));
    out.add("ROI " + fixed(score.roi(), 2) + " points per hour; strength " + score.strength());
    return List.copyOf(out);
  }

  /**
   * The largest events behind the points, right after the sentence with the figures: "most
   * received: argued for my promotion (Oct 2026), sponsorship (Mar 2025); most given: advice (Jan
   * 2026)". Nothing when no events are known (a read model keeps only sums) or none counts.
   */
  private Optional<String> quoted() {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    LocalDate asOf = score.asOf();
    List<String> parts = new ArrayList<>(2);
    List<ValueEvent> got = Largest.received(values, asOf, policy);
    List<ValueEvent> gave = Largest.given(values, asOf, policy);
    if (!got.isEmpty()) {
      parts.add(Largest.RECEIVED + events(got));
    }
    if (!gave.isEmpty()) {
      parts.add(Largest.GIVEN + events(gave));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  private static String events(List<ValueEvent> events) {
    return String.join(", ", events.stream().map(Reasons::event).toList());
  }

  /** One event as a person says it: its note, or its kind without one, and its month. */
  static String event(ValueEvent v) {
    String note = v.note() == null || v.note().isBlank() ? null : v.note().strip();
    String what = note == null ? v.kind().label() : note;
    return what + " (" + month(v.on()) + ")";
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
        "gave "
            + fixed(score.given(), 1)
            + " points, got "
            + fixed(score.received(), 1)
            + " (balance "
            + fixed(score.balance(), 2)
            + "): "
            + who);
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
        count(tally.asks().mineIgnored(), "ask")
            + " ignored; openness "
            + fixed(100 * score.openness(), 0)
            + "%");
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
    return "got "
        + fixed(score.received(), 1)
        + " points, gave "
        + fixed(score.given(), 1)
        + " (balance "
        + fixed(score.balance(), 2)
        + ")";
  }

  private String openness() {
    AskCounts asks = tally.asks();
    return "openness "
        + fixed(100 * score.openness(), 0)
        + "% ("
        + asks.answered()
        + " of "
        + asks.resolved()
        + " asks answered, "
        + asks.declined()
        + " a candid no)";
  }

  private String hours() {
    String since = tally.firstTime() == null ? "" : " since " + month(tally.firstTime());
    return fixed(score.hours(), 1) + " h invested" + since;
  }

  private String status() {
    String title = score.person().title();
    String who = title == null || title.isBlank() ? score.person().level().label() : title;
    return who + " (level " + score.person().level().rank() + ")";
  }

  private static String month(LocalDate date) {
    return date == null
        ? "never"
        : MONTHS.computeIfAbsent(
            date.getYear() * 12 + date.getMonthValue(), k -> MONTH.format(date));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
