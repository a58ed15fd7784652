package needle.web;

import java.math.BigDecimal;
import needle.asks.Ask;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;

/**
 * What an entry's edit form shows, as texts: {@code kind} is {@code time}, {@code value} or {@code
 * ask}; the fields of the other kinds are empty.
 */
public record EntryForm(
    String kind,
    long id,
    long personId,
    String on,
    String minutes,
    String channel,
    String direction,
    String valueKind,
    String points,
    String note,
    String text,
    String outcome,
    String resolvedOn) {

  /** "time entry", "value event" or "ask". */
  public String what() {
    return switch (kind) {
      case "time" -> "time entry";
      case "value" -> "value event";
      default -> "ask";
    };
  }

  /**
   * Where the form is sent: {@code /time/12/edit}, {@code /values/12/edit}, {@code /asks/12/edit}.
   */
  public String action() {
    String base =
        switch (kind) {
          case "time" -> "/time/";
          case "value" -> "/values/";
          default -> "/asks/";
        };
    return base + id + "/edit";
  }

  static EntryForm of(TimeEntry t) {
    return new EntryForm(
        "time",
        t.id(),
        t.person().value(),
        t.on().toString(),
        plain(t.minutes()),
        t.channel().label(),
        "",
        "",
        "",
        text(t.note()),
        "",
        "",
        "");
  }

  static EntryForm of(ValueEvent v) {
    return new EntryForm(
        "value",
        v.id(),
        v.person().value(),
        v.on().toString(),
        "",
        "",
        v.direction().label(),
        v.kind().label(),
        v.points() == null ? "" : plain(v.points()),
        text(v.note()),
        "",
        "",
        "");
  }

  static EntryForm of(Ask a) {
    return new EntryForm(
        "ask",
        a.id().value(),
        a.person().value(),
        a.on().toString(),
        "",
        "",
        a.direction().label(),
        "",
        "",
        "",
        a.text(),
        a.outcome().label(),
        a.resolvedOn() == null ? "" : a.resolvedOn().toString());
  }

  /** 45 rather than 45.0, 2.5 as it is. */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
