package needle.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import needle.asks.Ask;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.scoring.History;
import needle.scoring.Policy;

/**
 * One line of a person's timeline: time spent, value that moved, or an ask. {@code kind} is {@code
 * time}, {@code gave}, {@code got}, {@code joint}, {@code asked} or {@code was-asked}.
 */
public record TimelineItem(
    LocalDate on, String kind, String summary, String note, Long askId, String outcome) {

  /** Everything with the person, newest first. */
  static List<TimelineItem> of(History h, Policy policy) {
    List<TimelineItem> items = new ArrayList<>();
    h.time().forEach(t -> items.add(time(t)));
    h.values().forEach(v -> items.add(value(v, policy)));
    h.asks().forEach(a -> items.add(ask(a)));
    items.sort(Comparator.comparing(TimelineItem::on).reversed());
    return items;
  }

  private static TimelineItem time(TimeEntry t) {
    String summary = Numbers.minutes(t.minutes()) + " · " + t.channel().label();
    return new TimelineItem(t.on(), "time", summary, t.note(), null, null);
  }

  private static TimelineItem value(ValueEvent v, Policy policy) {
    double points = v.points() != null ? v.points() : policy.pointsOf(v.kind());
    String summary = v.kind().label() + " · " + Numbers.one(points) + " points";
    return new TimelineItem(v.on(), v.direction().label(), summary, v.note(), null, null);
  }

  private static TimelineItem ask(Ask a) {
    String outcome = a.outcome().label() + (a.resolvedOn() == null ? "" : " on " + a.resolvedOn());
    return new TimelineItem(a.on(), a.direction().label(), a.text(), null, a.id().value(), outcome);
  }
}
