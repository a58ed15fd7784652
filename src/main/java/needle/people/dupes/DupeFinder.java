package needle.people.dupes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import needle.people.Person;
import needle.people.dupes.Identity.Kind;
import needle.people.dupes.Suggestion.Rule;

/**
 * Finds people who are probably one person. Each rule files people under keys (a LinkedIn URL, a
 * local part, a last name and first initial, a handle) and compares only those filed together,
 * never every pair, so ten thousand people take a fraction of a second.
 */
public final class DupeFinder {
  /** Past this many people under one key, a key says too little to compare them all. */
  static final int MOST_PER_KEY = 400;

  /** A first name given as an initial, or not at all, must fit at most this many alike people. */
  static final int MOST_FITS = 4;

  private final List<Identity> identities;
  private final Map<Pair, Found> found = new LinkedHashMap<>();
  private final Map<Identity, Map<Identity, String>> weak = new LinkedHashMap<>();

  private DupeFinder(List<Identity> identities) {
    this.identities = identities;
  }

  /**
   * The suggestions for {@code people}, strongest rule first; {@code weight} says how much history
   * a person has (the merge keeps the one with more when their names tell nothing).
   */
  public static List<Suggestion> find(List<Person> people, ToDoubleFunction<Person> weight) {
    List<Identity> identities =
        people.stream().map(p -> Identity.of(p, weight.applyAsDouble(p))).toList();
    DupeFinder finder = new DupeFinder(identities);
    finder.byLinkedin();
    finder.byAddress();
    finder.byName();
    finder.byHandle();
    return finder.suggestions();
  }

  private void byLinkedin() {
    Map<String, List<Identity>> byUrl = new HashMap<>();
    for (Identity i : identities) {
      if (i.linkedin() != null) {
        byUrl.computeIfAbsent(i.linkedin(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Identity> same : byUrl.values()) {
      for (int x = 0; x < same.size() && same.size() <= MOST_PER_KEY; x++) {
        for (int y = x + 1; y < same.size(); y++) {
          add(
              same.get(x),
              same.get(y),
              Rule.LINKEDIN,
              "Both have the LinkedIn profile " + same.get(x).person().linkedin() + ".");
        }
      }
    }
  }

  private record Mailbox(Identity who, Address address) {}

  private void byAddress() {
    Map<String, List<Mailbox>> byKey = new HashMap<>();
    for (Identity i : identities) {
      for (Address a : i.addresses()) {
        if (a.personal()) {
          byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(new Mailbox(i, a));
        }
      }
    }
    for (List<Mailbox> same : byKey.values()) {
      if (same.size() < 2 || same.size() > MOST_PER_KEY) {
        continue;
      }
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          Mailbox a = same.get(x);
          Mailbox b = same.get(y);
          if (a.who() != b.who() && a.address().relatedTo(b.address()) && !conflict(a, b)) {
            add(a.who(), b.who(), Rule.ADDRESS, addressReason(a.address(), b.address()));
          }
        }
      }
    }
  }

  /** Two people whose names both read and cannot be one name are not one person. */
  private static boolean conflict(Mailbox a, Mailbox b) {
    return !a.who().names().isEmpty()
        && !b.who().names().isEmpty()
        && likeness(a.who(), b.who()) == null;
  }

  private static String addressReason(Address a, Address b) {
    String where =
        a.domain().equals(b.domain())
            ? "at the same domain"
            : "at related domains (" + a.domain() + ", " + b.domain() + ")";
    String local = a.local().equals(b.local()) ? "" : " (punctuation aside)";
    return "The addresses "
        + a.written()
        + " and "
        + b.written()
        + " have the same local part"
        + local
        + " "
        + where
        + ".";
  }

  private record Named(Identity who, NameParts name) {}

  private void byName() {
    Map<String, List<Named>> byKey = new HashMap<>();
    Map<String, List<Named>> bySurname = new HashMap<>();
    List<Named> noFirst = new ArrayList<>();
    for (Identity i : identities) {
      for (NameParts n : i.names()) {
        Named named = new Named(i, n);
        bySurname.computeIfAbsent(n.last(), k -> new ArrayList<>()).add(named);
        if (!n.hasFirst()) {
          noFirst.add(named);
          continue;
        }
        Set<String> keys = new HashSet<>();
        Nicknames.initials(n.first()).forEach(c -> keys.add(n.last() + "|" + c));
        for (String m : n.fullMiddles()) {
          Nicknames.initials(m).forEach(c -> keys.add(n.last() + "|" + c));
        }
        keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(named));
      }
    }
    for (List<Named> block : byKey.values()) {
      if (block.size() <= MOST_PER_KEY) {
        for (int x = 0; x < block.size(); x++) {
          for (int y = x + 1; y < block.size(); y++) {
            compare(block.get(x), block.get(y));
          }
        }
      }
    }
    for (Named n : noFirst) {
      List<Named> same = bySurname.getOrDefault(n.name().last(), List.of());
      if (same.size() <= MOST_PER_KEY) {
        same.forEach(other -> compare(n, other));
      }
    }
    weak.forEach(this::ifOnlyOneFits);
  }

  /**
   * Compares two people filed under one key: their names in the order each reads them (the written
   * way round before the reversed one), the first that agrees giving the reason. Two people filed
   * under two keys are compared twice; {@link #add} keeps the first finding.
   */
  private void compare(Named x, Named y) {
    if (x.who() == y.who()) {
      return;
    }
    for (NameParts an : x.who().names()) {
      for (NameParts bn : y.who().names()) {
        Likeness like = Likeness.of(an, bn);
        if (like != null) {
          judge(new Named(x.who(), an), new Named(y.who(), bn), like);
          return;
        }
      }
    }
  }

  private void judge(Named a, Named b, Likeness like) {
    if (!like.weak()) {
      add(a.who(), b.who(), nameRule(a.who(), b.who()), nameReason(a, b, like));
      return;
    }
    // The side whose first name is an initial or missing is the one that must fit one person.
    if (lessKnown(a.name(), b.name())) {
      fits(a.who(), b.who(), nameReason(a, b, like));
    }
    if (lessKnown(b.name(), a.name())) {
      fits(b.who(), a.who(), nameReason(b, a, like));
    }
  }

  private static boolean lessKnown(NameParts a, NameParts b) {
    return !a.hasFirst()
        || (a.firstIsInitial() && b.hasFirst() && !b.firstIsInitial())
        || (a.firstIsInitial() && b.firstIsInitial());
  }

  private void fits(Identity who, Identity other, String why) {
    weak.computeIfAbsent(who, k -> new LinkedHashMap<>()).putIfAbsent(other, why);
  }

  /** A name that says little is suggested only when what it fits is one person (or alike). */
  private void ifOnlyOneFits(Identity who, Map<Identity, String> fits) {
    if (fits.size() > MOST_FITS || !alike(List.copyOf(fits.keySet()))) {
      return;
    }
    String tail =
        fits.size() == 1
            ? " No one else in the ledger fits."
            : " It fits " + fits.size() + " people, who look like one person too.";
    fits.forEach((other, why) -> add(who, other, nameRule(who, other), why + tail));
  }

  private static boolean alike(List<Identity> people) {
    for (int x = 0; x < people.size(); x++) {
      for (int y = x + 1; y < people.size(); y++) {
        if (likeness(people.get(x), people.get(y)) == null) {
          return false;
        }
      }
    }
    return true;
  }

  private static Likeness likeness(Identity a, Identity b) {
    for (NameParts x : a.names()) {
      for (NameParts y : b.names()) {
        Likeness like = Likeness.of(x, y);
        if (like != null) {
          return like;
        }
      }
    }
    return null;
  }

  private static Rule nameRule(Identity a, Identity b) {
    return a.kind() == Kind.NAMED && b.kind() == Kind.NAMED ? Rule.NAME : Rule.ADDRESS_AS_NAME;
  }

  private static String nameReason(Named a, Named b, Likeness like) {
    boolean aAddress = a.who().kind() == Kind.ADDRESS;
    boolean bAddress = b.who().kind() == Kind.ADDRESS;
    if (aAddress && bAddress) {
      return "The names "
          + a.who().person().name()
          + " and "
          + b.who().person().name()
          + " are e-mail addresses that "
          + readTogether(a.name(), b.name())
          + ": "
          + like.why()
          + ".";
    }
    if (aAddress || bAddress) {
      Named address = aAddress ? a : b;
      Named person = aAddress ? b : a;
      return "The name "
          + address.who().person().name()
          + " is an e-mail address that "
          + address.name().reads()
          + ", which fits "
          + person.who().person().name()
          + ": "
          + like.why()
          + ".";
    }
    return a.who().person().name()
        + " and "
        + b.who().person().name()
        + " have "
        + like.why()
        + ".";
  }

  private static String readTogether(NameParts a, NameParts b) {
    if (!a.hasFirst() || !b.hasFirst()) {
      return a.reads() + " and " + b.reads() + " respectively";
    }
    return a.display().equals(b.display())
        ? "both read as " + a.display()
        : "read as " + a.display() + " and " + b.display();
  }

  private record Spelt(Identity who, Form how) {}

  private void byHandle() {
    Map<String, List<Spelt>> byHandle = new HashMap<>();
    for (Identity i : identities) {
      for (NameParts n : i.names()) {
        for (Map.Entry<String, Form> key : handles(n).entrySet()) {
          byHandle
              .computeIfAbsent(key.getKey(), k -> new ArrayList<>())
              .add(new Spelt(i, key.getValue()));
        }
      }
    }
    for (Identity i : identities) {
      if (i.handle() == null) {
        continue;
      }
      Map<Identity, Spelt> fits = new LinkedHashMap<>();
      for (Spelt s : byHandle.getOrDefault(i.handle(), List.of())) {
        if (s.who() != i) {
          fits.putIfAbsent(s.who(), s);
        }
      }
      if (!fits.isEmpty() && fits.size() <= MOST_FITS && alike(List.copyOf(fits.keySet()))) {
        fits.values().forEach(s -> add(i, s.who(), Rule.ADDRESS_AS_NAME, handleReason(i, s, fits)));
      }
    }
  }

  /** How a one-word form was made from a name: the parts run together, and what they are. */
  private record Form(String what, String... parts) {
    String says() {
      return parts.length == 1
          ? "is only a last name"
          : "reads as " + what + " run together (" + String.join(" + ", parts) + ")";
    }
  }

  /** The one-word forms a name can be written in, each with how it was made. */
  private static Map<String, Form> handles(NameParts n) {
    Map<String, Form> forms = new HashMap<>(8);
    String last = n.last();
    forms.put(last, new Form("a last name", last));
    if (!n.hasFirst()) {
      return forms;
    }
    String first = n.first();
    String initial = first.substring(0, 1);
    forms.putIfAbsent(initial + last, new Form("an initial and a last name", initial, last));
    Character middle = n.middleInitial();
    if (middle != null) {
      forms.putIfAbsent(
          initial + middle + last,
          new Form("initials and a last name", initial, String.valueOf(middle), last));
    }
    if (first.length() > 1) {
      forms.putIfAbsent(first + last, new Form("a first and a last name", first, last));
      forms.putIfAbsent(last + first, new Form("a last and a first name", last, first));
    }
    for (String m : n.fullMiddles()) {
      forms.putIfAbsent(m + last, new Form("a middle and a last name", m, last));
    }
    return forms;
  }

  private static String handleReason(Identity handle, Spelt s, Map<Identity, Spelt> fits) {
    String what = handle.kind() == Kind.ADDRESS ? "The address " : "The name ";
    String only =
        fits.size() == 1
            ? " is the only person it fits."
            : " is one of " + fits.size() + " people it fits, who look like one person too.";
    return what
        + handle.person().name()
        + " "
        + s.how().says()
        + ", and "
        + s.who().person().name()
        + only;
  }

  private void add(Identity a, Identity b, Rule rule, String reason) {
    Pair pair = Pair.of(a, b);
    Found f = found.get(pair);
    if (f == null) {
      found.put(pair, new Found(a, b, rule, new ArrayList<>(List.of(reason))));
    } else if (f.reasons().size() < 2
        && f.rule() != rule
        && a.kind() == Kind.NAMED
        && b.kind() == Kind.NAMED) {
      // Between two real names a second rule adds evidence; between addresses it repeats them.
      f.reasons().add(reason);
    }
  }

  private List<Suggestion> suggestions() {
    List<Suggestion> out = new ArrayList<>();
    for (Found f : found.values()) {
      boolean aFirst = KEEP.compare(f.a(), f.b()) <= 0;
      Identity keep = aFirst ? f.a() : f.b();
      Identity gone = aFirst ? f.b() : f.a();
      out.add(
          new Suggestion(keep.person(), gone.person(), f.rule(), String.join(" ", f.reasons())));
    }
    out.sort(
        Comparator.comparing(Suggestion::rule)
            .thenComparing(s -> s.keep().name().toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.gone().name().toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * Whom a merge keeps, first to last: a real name over an address or a handle, the fuller name (a
   * whole first name over an initial, a middle initial), more details, more history, the longer
   * name as written (Christopher over Chris, a Jr. kept), and then the one in the ledger first.
   */
  static final Comparator<Identity> KEEP =
      Comparator.comparing((Identity i) -> i.kind() != Kind.NAMED)
          .thenComparing(Comparator.comparingInt(Identity::nameCompleteness).reversed())
          .thenComparing(Comparator.comparingInt(Identity::details).reversed())
          .thenComparing(Comparator.comparingDouble(Identity::weight).reversed())
          .thenComparing(
              Comparator.comparingInt((Identity i) -> i.person().name().length()).reversed())
          .thenComparingLong(
              i -> i.person().id() == null ? Long.MAX_VALUE : i.person().id().value());

  private record Found(Identity a, Identity b, Rule rule, List<String> reasons) {}

  /** Two people in either order, by identity. */
  private record Pair(Identity a, Identity b) {
    static Pair of(Identity x, Identity y) {
      return System.identityHashCode(x) <= System.identityHashCode(y)
          ? new Pair(x, y)
          : new Pair(y, x);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && ((p.a == a && p.b == b) || (p.a == b && p.b == a));
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(a) ^ System.identityHashCode(b);
    }
  }
}
