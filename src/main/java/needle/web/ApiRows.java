package needle.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.asks.Ask;
import needle.asks.AskFigures;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonRow;
import needle.scoring.Move;

/** The JSON the API answers with, field names as on the command line's {@code --json}. */
final class ApiRows {
  private ApiRows() {}

  static Map<String, Object> person(Person p) {
    return PersonRow.of(p);
  }

  static Map<String, Object> time(TimeEntry t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", t.id());
    row.put("personId", t.person().value());
    row.put("on", t.on().toString());
    row.put("minutes", t.minutes());
    row.put("channel", t.channel().label());
    row.put("note", t.note());
    return row;
  }

  static Map<String, Object> value(ValueEvent v) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", v.id());
    row.put("personId", v.person().value());
    row.put("on", v.on().toString());
    row.put("direction", v.direction().label());
    row.put("kind", v.kind().label());
    row.put("points", v.points());
    row.put("note", v.note());
    return row;
  }

  /** An ask as {@code asks --json} prints it, with the person's id besides their name. */
  static Map<String, Object> ask(Ask a, Person p, LocalDate asOf, int followUpDays) {
    return AskFigures.row(a, p, asOf, followUpDays);
  }

  static Map<String, Object> move(Move m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("move", m.move());
    row.put("name", m.name());
    row.put("why", m.why());
    row.put("askId", m.askId());
    return row;
  }
}
