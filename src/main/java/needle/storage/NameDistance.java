package needle.storage;

/** Whether two names are close enough to suggest one for the other (a typo, a missing part). */
final class NameDistance {
  private NameDistance() {}

  static boolean close(String known, String wanted) {
    if (known.contains(wanted) || wanted.contains(known) || near(known, wanted)) {
      return true;
    }
    for (String part : known.split("\\s+")) {
      if (near(part, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(String a, String b) {
    return levenshtein(a, b) <= Math.max(1, b.length() / 4);
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
