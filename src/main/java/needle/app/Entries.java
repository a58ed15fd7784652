package needle.app;

import needle.asks.Ask;
import needle.asks.AskId;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;

/**
 * One entry read by its id, as the pages and the API show it before an edit: a time entry, a value
 * event or an ask. An id of another kind is not found, so that an address for time never shows (or
 * deletes) a value event.
 */
public final class Entries {
  private Entries() {}

  public static TimeEntry time(Scope scope, long id) {
    return scope.ledger().read(s -> s.timeEntry(id)).orElseThrow(() -> NotFound.entry(id));
  }

  public static ValueEvent value(Scope scope, long id) {
    return scope.ledger().read(s -> s.valueEvent(id)).orElseThrow(() -> NotFound.entry(id));
  }

  public static Ask ask(Scope scope, AskId id) {
    return scope.ledger().read(s -> s.ask(id)).orElseThrow(() -> NotFound.ask(id));
  }
}
