package needle.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import needle.NeedleException;
import needle.imports.linkedin.LinkedinUrls;
import needle.people.Identity;
import needle.people.Person;
import needle.storage.LedgerSession;

/**
 * {@code me}, the settings page and {@code /api/me}: who the ledger's owner is. Every import takes
 * these addresses for the owner's ({@code --me} adds to them for one run), and the owner is never
 * ranked or listed. A person already in the ledger under an address that becomes the owner's is the
 * owner under another guise: they are kept, with their entries, but left out of rankings and
 * listings, and shown here, until the address is removed again.
 */
public final class Me {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Me() {}

  /**
   * Who the owner is, as {@code me --json} and {@code /api/me} show it: {@code inLedger} names the
   * people of the ledger who are the owner under another guise.
   */
  public record View(String name, List<String> emails, String linkedin, List<String> inLedger) {
    public View {
      emails = List.copyOf(emails);
      inLedger = List.copyOf(inLedger);
    }

    static View of(Identity me, LedgerSession s) {
      List<String> them =
          me.emails().isEmpty() && me.linkedin() == null
              ? List.of()
              : s.people().stream().filter(me::owns).map(Person::name).toList();
      return new View(me.name(), me.emails(), me.linkedin(), them);
    }
  }

  /** What a change did: who the owner is now, and who in the ledger it newly found to be them. */
  public record Change(View me, List<String> found) {
    public Change {
      found = List.copyOf(found);
    }
  }

  public static View show(Scope scope) {
    return scope.ledger().read(s -> View.of(s.me(), s));
  }

  /**
   * Adds an e-mail address of the owner's, or sets their LinkedIn URL when {@code address} is one.
   */
  public static Change add(Scope scope, String address) {
    String given = address == null ? "" : address.trim();
    if (LinkedinUrls.isLinkedin(given)) {
      return change(scope, me -> me.withLinkedin(LinkedinUrls.canonical(given)));
    }
    if (!EMAIL.matcher(given).matches()) {
      throw new NeedleException(
          "\""
              + given
              + "\" is not an e-mail address or a LinkedIn URL (expected e.g. ada@example.org)");
    }
    return change(scope, me -> me.withEmail(given));
  }

  /** Takes away an e-mail address of the owner's, or their LinkedIn URL. */
  public static Change remove(Scope scope, String address) {
    String given = address == null ? "" : address.trim();
    return change(
        scope,
        me -> {
          if (LinkedinUrls.isLinkedin(given)
              && LinkedinUrls.canonical(given).equalsIgnoreCase(me.linkedin())) {
            return me.withLinkedin(null);
          }
          if (!me.hasEmail(given)) {
            throw new NeedleException(
                "\""
                    + given
                    + "\" is not one of your addresses ("
                    + (me.emails().isEmpty() ? "none yet" : String.join(", ", me.emails()))
                    + "; see them with: needle me)");
          }
          return me.withoutEmail(given);
        });
  }

  /** Names the owner. */
  public static Change name(Scope scope, String name) {
    if (name == null || name.isBlank()) {
      throw new NeedleException(
          "your name is empty (expected e.g. needle me name \"Ada Lovelace\")");
    }
    return change(scope, me -> me.withName(name));
  }

  /**
   * Every way an import may find the owner named: the addresses kept in the ledger, their name and
   * LinkedIn URL (a LinkedIn export names people so), and the run's {@code --me}.
   */
  static List<String> forImport(Scope scope, List<String> runMe) {
    Identity me = scope.ledger().read(LedgerSession::me);
    List<String> all = new ArrayList<>(runMe);
    all.addAll(me.emails());
    if (me.name() != null) {
      all.add(me.name());
    }
    if (me.linkedin() != null) {
      all.add(me.linkedin());
    }
    return all.stream().distinct().toList();
  }

  private static Change change(Scope scope, java.util.function.UnaryOperator<Identity> how) {
    return scope
        .ledger()
        .write(
            s -> {
              Identity before = s.me();
              List<String> was = View.of(before, s).inLedger();
              View now = View.of(s.saveMe(how.apply(before)), s);
              return new Change(
                  now, now.inLedger().stream().filter(n -> !was.contains(n)).toList());
            });
  }
}
