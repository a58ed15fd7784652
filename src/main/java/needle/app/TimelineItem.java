package needle.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import needle.asks.Ask;
import needle.ledger.History;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.scoring.Policy;

/**
 * One line of a person's timeline: time spent, value that moved, or an ask, with the entry's id.
 * {@code kind} is {@code time}, {@code gave}, {@code got}, {@code joint}, {@code asked} or {@code
 * was-asked}; {@code outcome} is set for asks only.
 */
public record TimelineItem(
    LocalDate on, String kind, long id, String summary, String note, String outcome) {

  /** The one order of a timeline: newest first, and among one day's entries the latest first. */
  private static final Comparator<TimelineItem> NEWEST_FIRST =
      Comparator.comparing(TimelineItem::on).thenComparingLong(TimelineItem::id).reversed();

  /** Everything with the person, newest first. */
  public static List<TimelineItem> of(History h, Policy policy) {
    List<TimelineItem> items = new ArrayList<>();
    h.time().forEach(t -> items.add(of(t)));
    h.values().forEach(v -> items.add(of(v, policy)));
    h.asks().forEach(a -> items.add(of(a)));
    items.sort(NEWEST_FIRST);
    return List.copyOf(items);
  }

  /** Whether this line is an ask. */
  public boolean isAsk() {
    return outcome != null;
  }

  static TimelineItem of(TimeEntry t) {
    String summary = Numbers.minutes(t.minutes()) + " · " + t.channel().label();
    return new TimelineItem(t.on(), "time", t.id(), summary, t.note(), null);
  }

  static TimelineItem of(ValueEvent v, Policy policy) {
    double points = v.points() != null ? v.points() : policy.pointsOf(v.kind());
    String summary = v.kind().label() + " · " + Numbers.one(points) + " points";
    return new TimelineItem(v.on(), v.direction().label(), v.id(), summary, v.note(), null);
  }

  static TimelineItem of(Ask a) {
    String outcome = a.outcome().label() + (a.resolvedOn() == null ? "" : " on " + a.resolvedOn());
    return new TimelineItem(a.on(), a.direction().label(), a.id().value(), a.text(), null, outcome);
  }
}
