package needle.people.dupes;

/** Whether two words differ by one typing slip that leaves every letter in (see oneApart). */
final class Spelling {
  private Spelling() {}

  /** One letter added or left out, or two neighbours swapped; never a changed letter. */
  static boolean oneApart(String a, String b) {
    return oneLetterMore(a, b) || oneLetterMore(b, a) || swapped(a, b);
  }

  /** {@code longer} is {@code shorter} with one letter added (Philip, Phillip). */
  static boolean oneLetterMore(String longer, String shorter) {
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** Two neighbouring letters swapped (Geoffrey, Geoffery). */
  static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }
}
