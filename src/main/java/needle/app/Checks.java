package needle.app;

import java.time.LocalDate;
import java.util.List;
import needle.NeedleException;
import needle.people.EmailSyntax;
import needle.people.Person;

/**
 * The checks every door makes of what a person types, written once: an e-mail address must be one
 * (the test the imports make), a date far from today must be confirmed, and more minutes than a day
 * holds are kept with a warning.
 */
public final class Checks {
  /** The earliest date taken without confirmation. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** How far past today a date is taken without confirmation, in years. */
  public static final int YEARS_AHEAD = 1;

  /** Minutes in a day: more in one entry is likely a typo. */
  public static final double DAY = 24 * 60;

  private Checks() {}

  /**
   * A date outside {@link #EARLIEST} to a year from today: kept only when the person confirms it
   * (each door says how: {@code --force}, a button, {@code "force": true}).
   */
  public static final class Unusual extends NeedleException {
    private static final long serialVersionUID = 1L;

    Unusual(String message) {
      super(message);
    }
  }

  /** {@code person}, refused when one of their e-mail addresses cannot be one. */
  public static Person person(Person person) {
    emails(person.emails());
    return person;
  }

  /** Refuses the first text that is not an e-mail address. */
  public static void emails(List<String> emails) {
    for (String email : emails) {
      if (!EmailSyntax.isAddress(email)) {
        throw new NeedleException(
            "\"" + email + "\" is not an e-mail address (expected e.g. ada@example.org)");
      }
    }
  }

  /** Refuses {@code on} when it is unusual and not {@code confirmed}; see {@link Unusual}. */
  public static LocalDate date(Scope scope, LocalDate on, boolean confirmed) {
    LocalDate latest = scope.today().plusYears(YEARS_AHEAD);
    if (confirmed || on == null || (!on.isBefore(EARLIEST) && !on.isAfter(latest))) {
      return on;
    }
    String why =
        on.isBefore(EARLIEST)
            ? "is before " + EARLIEST
            : "is more than a year from today (after " + latest + ")";
    throw new Unusual("the date " + on + " " + why + ": is it a typo?");
  }

  /** What to say about {@code minutes} that are kept: nothing, or that they are more than a day. */
  public static List<String> minutes(double minutes) {
    if (minutes <= DAY) {
      return List.of();
    }
    return List.of(
        Numbers.minutes(minutes)
            + " is more than a day ("
            + (int) DAY
            + " minutes); it is kept, and can be fixed by deleting the entry and logging it again");
  }
}
