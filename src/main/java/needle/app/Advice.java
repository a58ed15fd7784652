package needle.app;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.scoring.Action;
import needle.scoring.Flow;
import needle.scoring.Largest;
import needle.scoring.Policy;
import needle.scoring.RelationshipClass;
import needle.scoring.Score;

/**
 * The one next move for a person, which {@code today}, the dashboard's moves, the person page and
 * {@code person show} all say: the most urgent of the moves that apply, with the others as its
 * reasons.
 *
 * <p>The order of urgency, most urgent first:
 *
 * <ol>
 *   <li>{@code follow-up}: one of my asks is open past its follow-up day. It is waiting on an
 *       answer, and anything else (giving, asking again, cutting back) reads differently once it is
 *       answered or resolved as ignored;
 *   <li>{@code keep-in-touch}: the last contact is older than the person's cadence (or the default
 *       for strong relationships): a relationship worth keeping is slipping now;
 *   <li>{@code give}, {@code ask}, {@code wait}: the move of DESIGN §2's action, to get value
 *       flowing (a person has only one of these);
 *   <li>{@code reconnect}: value flowed once, then nothing for a year; it can wait a day;
 *   <li>{@code reduce}: cut back. Doing less is never urgent, and it is last so that a person with
 *       an open ask or a cadence is never told both to follow up and to cut back.
 * </ol>
 *
 * <p><b>After a candid no.</b> When the person declined one of my asks within their window (their
 * cadence; else {@code strong-cadence-days}, 90 by default, whatever the class) and the action of
 * DESIGN §2 is {@code ask}, the move is not {@code ask}: it is {@code wait} when they take
 * (one-sided, they-take: giving even more would deepen it), else {@code give} (give before you ask
 * again). The reason quotes the declined ask and the day of the no. The ranked row's {@code action}
 * stays the one DESIGN §2 defines; only the advice changes.
 */
public final class Advice {
  /** The moves in order of urgency, most urgent first. */
  public static final List<String> URGENCY =
      List.of("follow-up", "keep-in-touch", "give", "ask", "wait", "reconnect", "reduce");

  private Advice() {}

  /** One move that applies: what to do, why with figures, and the ask it is about if any. */
  public record Step(String move, String why, Long askId) {
    /** The step as one of another move's reasons: "cut back: status-based: …". */
    public String asReason() {
      return move + ": " + why;
    }
  }

  /** A person's next move: the most urgent step, with the other steps that apply as reasons. */
  public record Next(String move, String why, Long askId, List<String> also) {
    public Next {
      also = List.copyOf(also);
    }

    static Next of(List<Step> steps) {
      Step first = steps.get(0);
      List<String> also = steps.stream().skip(1).map(Step::asReason).toList();
      return new Next(first.move(), first.why(), first.askId(), also);
    }
  }

  /**
   * The person's next move as of the score's date. {@code asks} holds at least the person's asks
   * still open then and my declined ones (a full history has them all). Strong relationships within
   * their cadence get {@code invest}, which today's list leaves out.
   */
  public static Next of(Score s, List<Ask> asks, Policy policy) {
    List<Step> steps = steps(s, asks, policy, false);
    if (steps.isEmpty()) {
      steps = List.of(new Step(s.action().label(), reason(s), null));
    }
    return Next.of(steps);
  }

  /**
   * The steps that apply, most urgent first; none when nothing is due. With {@code forToday} a new
   * contact's "give" is left out, as today's short list leaves it out.
   */
  static List<Step> steps(Score s, List<Ask> asks, Policy policy, boolean forToday) {
    LocalDate asOf = s.asOf();
    List<Step> steps = new ArrayList<>(3);
    followUp(asks, asOf, policy).ifPresent(a -> steps.add(followUpStep(a, asOf)));
    keepInTouch(s, policy).ifPresent(steps::add);
    action(s, asks, policy, forToday).ifPresent(steps::add);
    steps.sort(Comparator.comparingInt(step -> URGENCY.indexOf(step.move())));
    return steps;
  }

  /**
   * The most urgent move that applies, without its reasons (which cost a sentence each): what a
   * list of thousands sorts by before it words the few it shows. Null when nothing is due.
   */
  static String firstMove(Score s, List<Ask> asks, Policy policy, boolean forToday) {
    LocalDate asOf = s.asOf();
    if (asks.stream().anyMatch(a -> a.dueForFollowUp(asOf, policy.followUpDays()))) {
      return "follow-up";
    }
    LocalDate due = Contact.keepInTouchOn(s, policy);
    if (due != null && due.isBefore(asOf)) {
      return "keep-in-touch";
    }
    return switch (s.action()) {
      case GIVE -> forToday && s.relationshipClass() == RelationshipClass.NEW ? null : "give";
      case ASK ->
          candidNo(s, asks, policy).isEmpty()
              ? "ask"
              : s.direction() == Flow.THEY_TAKE ? "wait" : "give";
      case RECONNECT -> "reconnect";
      case REDUCE -> "reduce";
      case INVEST -> null;
    };
  }

  /** The oldest of my asks past its follow-up day, if any. */
  static Optional<Ask> followUp(List<Ask> asks, LocalDate asOf, Policy policy) {
    return asks.stream()
        .filter(a -> a.dueForFollowUp(asOf, policy.followUpDays()))
        .min(Comparator.comparing(Ask::on).thenComparingLong(a -> a.id().value()));
  }

  private static Step followUpStep(Ask a, LocalDate asOf) {
    String why =
        String.format(
            Locale.ROOT,
            "your ask #%d \"%s\" has been open %d days: follow up, or resolve it",
            a.id().value(),
            a.text(),
            DAYS.between(a.on(), asOf));
    return new Step("follow-up", why, a.id().value());
  }

  private static Optional<Step> keepInTouch(Score s, Policy policy) {
    LocalDate due = Contact.keepInTouchOn(s, policy);
    if (due == null || !due.isBefore(s.asOf())) {
      return Optional.empty();
    }
    String why =
        String.format(
            Locale.ROOT,
            "last contact %s, %d days ago (keep in touch every %d days)",
            s.lastContact(),
            DAYS.between(s.lastContact(), s.asOf()),
            Contact.cadence(s, policy));
    return Optional.of(new Step("keep-in-touch", why, null));
  }

  private static Optional<Step> action(Score s, List<Ask> asks, Policy policy, boolean forToday) {
    Action action = s.action();
    return switch (action) {
      case GIVE ->
          forToday && s.relationshipClass() == RelationshipClass.NEW
              ? Optional.empty()
              : Optional.of(new Step("give", reason(s), null));
      case ASK -> Optional.of(askOrNot(s, asks, policy));
      case RECONNECT -> Optional.of(new Step("reconnect", reason(s), null));
      case REDUCE -> Optional.of(new Step("reduce", reason(s), null));
      case INVEST -> Optional.empty();
    };
  }

  /** "ask", unless the person said a candid no to one of my asks within their window. */
  private static Step askOrNot(Score s, List<Ask> asks, Policy policy) {
    Optional<Ask> no = candidNo(s, asks, policy);
    if (no.isEmpty()) {
      return new Step("ask", reason(s), null);
    }
    Ask ask = no.get();
    LocalDate said = dayOfNo(ask);
    LocalDate until = said.plusDays(window(s, policy));
    String declined = "they declined your ask \"" + ask.text() + "\" on " + said + " (a candid no)";
    if (s.direction() == Flow.THEY_TAKE) {
      return new Step(
          "wait",
          declined
              + " and they already take more than they give: wait until "
              + until
              + " before you ask again; "
              + reason(s),
          null);
    }
    return new Step(
        "give",
        declined + ": give first, and ask again no sooner than " + until + "; " + reason(s),
        null);
  }

  /**
   * The latest of my asks they declined, as it stood on the score's date, whose no came within the
   * person's window before that date.
   */
  static Optional<Ask> candidNo(Score s, List<Ask> asks, Policy policy) {
    LocalDate asOf = s.asOf();
    LocalDate from = asOf.minusDays(window(s, policy));
    return asks.stream()
        .filter(a -> a.direction() == AskDirection.ASKED && !a.on().isAfter(asOf))
        .filter(a -> a.outcomeAsOf(asOf, policy.followUpDays()) == Outcome.DECLINED)
        .filter(a -> !dayOfNo(a).isBefore(from))
        .max(Comparator.comparing(Advice::dayOfNo).thenComparingLong(a -> a.id().value()));
  }

  /** The window after a candid no: the person's cadence, else the default for strong ones. */
  static int window(Score s, Policy policy) {
    Integer cadence = Contact.cadence(s, policy);
    return cadence == null ? policy.strongCadenceDays() : cadence;
  }

  /** The day the no was said: the day the ask was resolved, else the day it was made. */
  private static LocalDate dayOfNo(Ask a) {
    return a.resolvedOn() == null ? a.on() : a.resolvedOn();
  }

  /**
   * The class with the sentence of figures behind it, and the largest events behind the points when
   * the reasons quote them.
   */
  static String reason(Score s) {
    List<String> reasons = s.reasons();
    String why = s.relationshipClass().label() + ": " + reasons.get(0);
    if (reasons.size() > 1 && Largest.quotes(reasons.get(1))) {
      why += "; " + reasons.get(1);
    }
    return why;
  }
}
