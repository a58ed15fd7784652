package needle.web;

import needle.NeedleException;

/** A request named a person, ask or page that does not exist for this owner. */
final class NotFound extends NeedleException {
  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
