package needle.imports;

/**
 * Whether an imported name can be a person's: mutated or mis-read files make "names" of symbols,
 * replacement characters and stray punctuation.
 */
final class Names {
  private Names() {}

  /** Punctuation a real name, or an e-mail address taken as one, may hold. */
  private static final String NAME_MARKS = " .-'’,()&/@_+\"";

  /**
   * A name with a replacement character (text read in the wrong encoding), without a letter, or
   * with more symbols than a third of its characters.
   */
  static boolean isGarbage(String name) {
    int letters = 0;
    int symbols = 0;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0xFFFD) {
        return true;
      }
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isDigit(c) && NAME_MARKS.indexOf(c) < 0 && !isMark(c)) {
        symbols++;
      }
    }
    return letters == 0 || symbols * 3 > name.codePointCount(0, name.length());
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
