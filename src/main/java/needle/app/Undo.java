package needle.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import needle.NeedleException;
import needle.storage.Step;

/**
 * {@code undo}: every change to a ledger (a log, an edit, a merge, a delete, a whole import of a
 * file) is one step of a journal kept in the ledger, and undo takes back the latest. The journal
 * keeps the latest 100 steps.
 */
public final class Undo {
  /** How many steps {@code undo --list} shows. */
  public static final int LISTED = 20;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Undo() {}

  /**
   * One change as every door shows it: its id, when it was made (in the clock's zone, to the
   * minute) and what it was.
   */
  public record Change(long id, String at, String change) {
    static Change of(Step step, ZoneId zone) {
      return new Change(step.id(), WHEN.format(step.at().atZone(zone)), step.label());
    }
  }

  /** Takes back the latest step; empty when there is nothing to undo. */
  public static Optional<Change> undo(Scope scope) {
    return scope.ledger().undo().map(s -> Change.of(s, scope.clock().getZone()));
  }

  /**
   * Takes back step {@code expected}, if it is still the latest: a page's undo link names the step
   * it was shown for, and must not take back a later change made meanwhile.
   */
  public static Change undo(Scope scope, long expected) {
    return scope
        .ledger()
        .undo(
            latest -> {
              if (latest.id() != expected) {
                throw new NeedleException(
                    "that change is no longer the latest (\""
                        + latest.label()
                        + "\" came after it): undo the later changes first, from the list of"
                        + " changes");
              }
            })
        .map(s -> Change.of(s, scope.clock().getZone()))
        .orElseThrow(
            () ->
                new NeedleException(
                    "there is nothing to undo: that change was taken back already"));
  }

  /** The latest step, which {@link #undo(Scope)} would take back. */
  public static Optional<Change> latest(Scope scope) {
    return list(scope, 1).stream().findFirst();
  }

  /** The latest {@code limit} steps, the latest first. */
  public static List<Change> list(Scope scope, int limit) {
    return scope.ledger().steps(limit).stream()
        .map(s -> Change.of(s, scope.clock().getZone()))
        .toList();
  }
}
