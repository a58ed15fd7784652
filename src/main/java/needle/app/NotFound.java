package needle.app;

import needle.NeedleException;

/** A person, entry or ask asked for by an id the ledger does not hold. */
public final class NotFound extends NeedleException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what, Object id) {
    super("there is no " + what + " with id " + id);
  }

  /** An ask, with the hint of where its ids are listed. */
  static NotFound ask(Object id) {
    return new NotFound(
        "there is no ask " + id + " (see the ids with: needle asks)",
        "there is no ask " + id + " (the asks page lists them)");
  }

  /** An entry of any kind, with the hint of where its ids are shown. */
  static NotFound entry(long id) {
    return new NotFound(
        "there is no entry " + id + " (every entry's id is shown by: needle person show NAME)",
        "there is no entry " + id + " (the person's page shows every entry with its id)");
  }

  /** An ask found in mail, with the hint of where their ids are listed. */
  static NotFound mailAsk(long id) {
    return new NotFound(
        "there is no ask found in mail with id " + id + " (see the ids with: needle asks review)",
        "there is no ask found in mail with id " + id + " (the review page lists them)");
  }

  private NotFound(String message, String onTheWeb) {
    super(message, onTheWeb);
  }
}
