package needle.asks.coach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import needle.asks.Outcome;

/**
 * What the ledger says about asking this person now, in sentences: how often you gave against how
 * often you took (asked, or received value of any kind), how your last ask ended, and whether they
 * have ever given you anything.
 */
public final class Hints {
  /** Below this many hours the figure means nothing, so the hint leaves it out. */
  private static final double MIN_HOURS_SHOWN = 0.05;

  private Hints() {}

  /**
   * One of my asks: the day I made it and how it stood on the day of the hints, so a resolution
   * recorded for a later day is still {@code open}.
   */
  public record PastAsk(LocalDate on, Outcome outcome) {
    public PastAsk {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The plain facts of one relationship up to the day of the hints: value events you gave and got
   * (a joint win counts as both) and the points they carry, hours invested, how many asks you made,
   * your latest ask, and after how many days an unanswered ask counts as ignored. Points are NaN
   * when unknown; the hints then go by the counts alone.
   */
  public record Facts(
      String firstName,
      int given,
      int received,
      double givenPoints,
      double receivedPoints,
      double hours,
      int asked,
      Optional<PastAsk> lastAsk,
      int followUpDays) {

    public Facts {
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(lastAsk, "lastAsk");
      if (given < 0 || received < 0 || asked < 0 || !(hours >= 0)) {
        throw new IllegalArgumentException("counts and hours cannot be negative");
      }
      if (givenPoints < 0 || receivedPoints < 0) {
        throw new IllegalArgumentException("points cannot be negative");
      }
    }

    /** The facts without points: the hints go by the counts of events alone. */
    public Facts(
        String firstName,
        int given,
        int received,
        double hours,
        int asked,
        Optional<PastAsk> lastAsk,
        int followUpDays) {
      this(firstName, given, received, Double.NaN, Double.NaN, hours, asked, lastAsk, followUpDays);
    }

    /** Whether they gave you more value than you gave them, by points, when they are known. */
    boolean receivedMoreValue() {
      return !Double.isNaN(givenPoints)
          && !Double.isNaN(receivedPoints)
          && receivedPoints > givenPoints;
    }
  }

  /** The hints that apply on {@code today}, most actionable first; none when nothing stands out. */
  public static List<String> about(Facts facts, LocalDate today) {
    List<String> hints = new ArrayList<>();
    Optional<Outcome> last = facts.lastAsk().map(ask -> outcome(ask, facts.followUpDays(), today));
    balance(facts, last).ifPresent(hints::add);
    facts.lastAsk().map(ask -> lastAsk(facts, ask, last.get(), today)).ifPresent(hints::add);
    nothingReceived(facts).ifPresent(hints::add);
    return List.copyOf(hints);
  }

  /** An ask left open past the follow-up window counts as ignored, as in scoring. */
  static Outcome outcome(PastAsk ask, int followUpDays, LocalDate today) {
    boolean overdue = ask.on().plusDays(followUpDays).isBefore(today);
    return ask.outcome() == Outcome.OPEN && overdue ? Outcome.IGNORED : ask.outcome();
  }

  /**
   * Whether you have given more than you have taken, or taken more than you gave. What you took
   * counts every kind of value they gave you (a promotion, a sponsorship, advice…) as well as your
   * asks: the more of the two, since an ask they granted usually shows as value received too. When
   * the points are known, one promotion received outweighs two small favours given.
   */
  private static Optional<String> balance(Facts f, Optional<Outcome> last) {
    String name = f.firstName();
    boolean waiting = last.equals(Optional.of(Outcome.OPEN));
    int taken = Math.max(f.asked(), f.received());
    boolean moreValueBack = f.receivedMoreValue();
    if (f.given() > taken && !moreValueBack && !waiting) {
      String asked = f.asked() == 0 ? "never asked" : "asked " + times(f.asked());
      String got = f.received() == 0 ? "" : "; " + name + " has given you " + times(f.received());
      return Optional.of(
          "You have given " + name + " " + times(f.given()) + " and " + asked + got + ": ask now.");
    }
    if (moreValueBack && f.given() > 0) {
      String asked = f.asked() == 0 ? "" : " and you have asked " + times(f.asked());
      return Optional.of(
          name
              + " has given you "
              + points(f.receivedPoints())
              + " of value against your "
              + points(f.givenPoints())
              + asked
              + ": give before you ask again.");
    }
    if (taken > f.given() && taken >= 2) {
      String given = f.given() == 0 ? "never given anything" : "given " + times(f.given());
      if (f.received() == 0) {
        return Optional.of(
            "You have asked "
                + name
                + " "
                + times(f.asked())
                + " and "
                + given
                + ": give before you ask again.");
      }
      String asked = f.asked() == 0 ? "" : " and you have asked " + times(f.asked());
      return Optional.of(
          name
              + " has given you "
              + times(f.received())
              + asked
              + "; you have "
              + given
              + ": give before you ask again.");
    }
    return Optional.empty();
  }

  /** "8 points", "1 point", "2.5 points". */
  static String points(double points) {
    String figure = String.format(Locale.ROOT, "%.1f", points);
    figure = figure.endsWith(".0") ? figure.substring(0, figure.length() - 2) : figure;
    return figure + (figure.equals("1") ? " point" : " points");
  }

  private static String lastAsk(Facts f, PastAsk ask, Outcome outcome, LocalDate today) {
    String name = f.firstName();
    String ago = ago(ask.on(), today);
    return switch (outcome) {
      case IGNORED -> "Your last ask to " + name + " was ignored " + ago + ".";
      case DECLINED -> name + " answered your last ask with a candid no: say what changed.";
      case OPEN ->
          "Your ask to "
              + name
              + " from "
              + ago
              + " is still open: follow up on it before you ask for more.";
      case GRANTED ->
          name + " granted your last ask " + ago + ": say how it turned out before you ask again.";
      case ANSWERED ->
          name + " answered your last ask " + ago + ": say how it turned out before you ask again.";
    };
  }

  private static Optional<String> nothingReceived(Facts f) {
    if (f.received() > 0) {
      return Optional.empty();
    }
    String in = f.hours() < MIN_HOURS_SHOWN ? " yet" : " in " + hours(f.hours());
    return Optional.of(
        f.firstName() + " has never given you anything" + in + ": keep this ask small.");
  }

  static String times(int n) {
    return switch (n) {
      case 1 -> "once";
      case 2 -> "twice";
      default -> n + " times";
    };
  }

  static String hours(double hours) {
    String figure = String.format(Locale.ROOT, "%.1f", hours);
    return figure.equals("1.0") ? "1 hour" : figure + " hours";
  }

  /** How long ago, as people say it: "yesterday", "3 weeks ago", "3 months ago". */
  static String ago(LocalDate then, LocalDate today) {
    long days = ChronoUnit.DAYS.between(then, today);
    if (days <= 0) {
      return "today";
    }
    if (days == 1) {
      return "yesterday";
    }
    if (days < 14) {
      return days + " days ago";
    }
    if (days < 61) {
      return days / 7 + " weeks ago";
    }
    long months = Math.max(2, ChronoUnit.MONTHS.between(then, today));
    if (months < 24) {
      return months + " months ago";
    }
    return ChronoUnit.YEARS.between(then, today) + " years ago";
  }
}
