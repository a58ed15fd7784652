package needle.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of the title table: a whole-word pattern and the level it gives a role. */
record TitleRule(int line, Level level, Pattern pattern) {

  /**
   * Whether the pattern matches a word that starts within the first {@code headLength} characters:
   * the text after that belongs to someone else ("to the CEO") and may only complete a phrase that
   * began in the head ("Member of the Board").
   */
  boolean matchesHead(String role, int headLength) {
    Matcher matcher = pattern.matcher(role);
    return matcher.find() && matcher.start() < headLength;
  }

  @Override
  public String toString() {
    return TitleRules.RESOURCE + ":" + line + " (" + level.rank() + ") " + pattern.pattern();
  }
}
