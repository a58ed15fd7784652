package needle.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import needle.NeedleException;
import needle.app.NotFound;
import needle.app.Scope;
import needle.asks.AskId;
import needle.people.PersonId;
import needle.storage.Ledger;

/** What every route reads from a request: the owner's ledger, dates, ids and form fields. */
final class Requests {
  private final Setup setup;

  Requests(Setup setup) {
    this.setup = setup;
  }

  Ledger ledger(Context ctx) {
    return setup.access().ledger(ctx);
  }

  Page page(Context ctx, String title, String nav) {
    return new Page(title, nav, setup.access().csrfToken(ctx), setup.access().userName(ctx));
  }

  /** The request's owner's ledger, the config in force and the clock, for the use cases. */
  Scope scope(Context ctx) {
    return new Scope(ledger(ctx), setup.scoring().policy(), setup.clock());
  }

  Setup setup() {
    return setup;
  }

  LocalDate today() {
    return LocalDate.now(setup.clock());
  }

  /** The {@code asOf} query parameter, else today. */
  LocalDate asOf(Context ctx) {
    return date(ctx.queryParam("asOf"), "asOf");
  }

  /** A date given as YYYY-MM-DD, or today when blank. */
  LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return today();
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new NeedleException(
          field + " \"" + text + "\" is not a date (expected YYYY-MM-DD, e.g. 2026-03-01)");
    }
  }

  /** A number from {@code text}, or a message naming the field and an example. */
  static double number(String text, String field, String example) {
    try {
      return Double.parseDouble(required(text, field, example).trim());
    } catch (NumberFormatException e) {
      throw new NeedleException(
          field + " \"" + text + "\" is not a number (expected e.g. " + example + ")");
    }
  }

  static String required(String text, String field, String example) {
    if (text == null || text.isBlank()) {
      throw new NeedleException(field + " is missing (expected e.g. " + example + ")");
    }
    return text;
  }

  static String optional(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static PersonId personId(Context ctx) {
    return new PersonId(id(ctx.pathParam("id"), "person"));
  }

  static AskId askId(Context ctx) {
    return new AskId(id(ctx.pathParam("id"), "ask"));
  }

  static boolean isHtmx(Context ctx) {
    return "true".equals(ctx.header("HX-Request"));
  }

  private static long id(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new NotFound(what, "\"" + text + "\"");
    }
  }
}
