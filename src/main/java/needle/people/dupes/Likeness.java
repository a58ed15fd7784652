package needle.people.dupes;

/**
 * Whether two names can be one person's, and in words why: the same last name, first names that
 * agree (the same, an initial, a nickname, a short form, one letter apart, or a middle name used as
 * the first), and no middle initials or suffixes that differ.
 */
record Likeness(boolean weak, String first, String middle) {
  /** The agreement in words: "the same first and last name; only one gives a middle initial". */
  String why() {
    String names =
        first == null ? "the same first and last name" : "the same last name, and " + first;
    return middle == null ? names : names + "; " + middle;
  }

  /** Weak when a first name is only an initial or not given: then it must fit one person only. */
  static Likeness of(NameParts a, NameParts b) {
    if (!a.last().equals(b.last()) || differ(a.suffix(), b.suffix())) {
      return null;
    }
    Character ma = a.middleInitial();
    Character mb = b.middleInitial();
    if (!a.hasFirst() || !b.hasFirst()) {
      return ma != null && mb != null && !ma.equals(mb)
          ? null
          : new Likeness(true, "no first name is given", middles(ma, mb));
    }
    String firsts = firsts(a.first(), b.first());
    if (firsts != null) {
      if (ma != null && mb != null && !ma.equals(mb)) {
        return null;
      }
      return new Likeness(
          a.firstIsInitial() || b.firstIsInitial(),
          a.first().equals(b.first()) ? null : firsts,
          middles(ma, mb));
    }
    String asMiddle = middleAsFirst(a, b);
    return asMiddle != null ? new Likeness(false, asMiddle, null) : null;
  }

  /** How two first names agree, or null when they do not; cheap tests first. */
  static String firsts(String a, String b) {
    if (a.equals(b)) {
      return "the same first name";
    }
    if (a.charAt(0) != b.charAt(0) && (a.length() == 1 || b.length() == 1)) {
      return null;
    }
    if (a.length() == 1 || b.length() == 1) {
      String initial = NameParts.capital(a.length() == 1 ? a : b);
      return initial + ". is " + NameParts.capital(a.length() == 1 ? b : a) + "'s initial";
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 3
        && longer.length() >= shorter.length() + 2
        && longer.startsWith(shorter)) {
      return NameParts.capital(shorter) + " is short for " + NameParts.capital(longer);
    }
    if (Nicknames.same(a, b)) {
      return NameParts.capital(a) + " and " + NameParts.capital(b) + " are forms of one name";
    }
    if (shorter.length() >= 5 && Spelling.oneApart(a, b)) {
      return NameParts.capital(a) + " and " + NameParts.capital(b) + " are spelt one letter apart";
    }
    return null;
  }

  private static String middleAsFirst(NameParts a, NameParts b) {
    for (NameParts[] pair : new NameParts[][] {{a, b}, {b, a}}) {
      NameParts goesBy = pair[0];
      NameParts full = pair[1];
      if (goesBy.fullMiddles().isEmpty()
          && !goesBy.firstIsInitial()
          && full.fullMiddles().stream()
              .anyMatch(m -> m.equals(goesBy.first()) || Nicknames.same(m, goesBy.first()))) {
        return NameParts.capital(goesBy.first()) + " is " + full.display() + "'s middle name";
      }
    }
    return null;
  }

  private static String middles(Character ma, Character mb) {
    if (ma != null && mb != null) {
      return "both give the middle initial " + Character.toUpperCase(ma);
    }
    return ma != null || mb != null ? "only one gives a middle initial" : null;
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }
}
