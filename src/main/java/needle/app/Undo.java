package needle.app;

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

  private Undo() {}

  /** Takes back the latest step; empty when there is nothing to undo. */
  public static Optional<Step> undo(Scope scope) {
    return scope.ledger().undo();
  }

  /**
   * Takes back step {@code expected}, if it is still the latest: a page's undo link names the step
   * it was shown for, and must not take back a later change made meanwhile.
   */
  public static Step undo(Scope scope, long expected) {
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
        .orElseThrow(
            () ->
                new NeedleException(
                    "there is nothing to undo: that change was taken back already"));
  }

  /** The latest step, which {@link #undo(Scope)} would take back. */
  public static Optional<Step> latest(Scope scope) {
    return list(scope, 1).stream().findFirst();
  }

  /** The latest {@code limit} steps, the latest first. */
  public static List<Step> list(Scope scope, int limit) {
    return scope.ledger().steps(limit);
  }
}
