package needle.asks.coach;

import java.util.Locale;
import java.util.Optional;
import needle.NeedleException;

/** Refuses drafts the coach cannot judge and notices the ones its English rules may misjudge. */
final class DraftCheck {
  /** Above this share of control characters a "draft" is a binary file, not a message. */
  private static final double MAX_CONTROL_SHARE = 0.02;

  /** Too few words to tell a language by its common words. */
  private static final int MIN_WORDS_FOR_LANGUAGE = 6;

  private DraftCheck() {}

  static void require(String text, Settings settings) {
    if (text == null || text.isBlank()) {
      throw new NeedleException(
          "the draft is empty (expected the text of your ask: the message you plan to send)");
    }
    if (text.length() > settings.maxChars()) {
      throw new NeedleException(
          String.format(
              Locale.ROOT,
              "the draft is %,d characters long; the coach reads at most %,d (a busy person"
                  + " reads a few hundred words: lint the message you will actually send)",
              text.length(),
              settings.maxChars()));
    }
    if (looksBinary(text)) {
      throw new NeedleException(
          "the draft looks like binary data, not text (expected a plain-text message in UTF-8)");
    }
  }

  private static boolean looksBinary(String text) {
    long control = text.chars().filter(DraftCheck::isControl).count();
    return text.indexOf('\0') >= 0 || control > MAX_CONTROL_SHARE * text.length();
  }

  private static boolean isControl(int c) {
    boolean layout = c == '\n' || c == '\r' || c == '\t' || c == '\f';
    return (Character.isISOControl(c) && !layout) || c == '\uFFFD';
  }

  /**
   * A note when the draft does not read as English, whose rules the file is written in: most of its
   * letters are not Latin, or too few of its words are common English ones.
   */
  static Optional<String> languageNote(Draft draft, Settings settings) {
    boolean foreign = mostlyNonLatin(draft.text()) || fewEnglishWords(draft, settings);
    return foreign ? Optional.of(settings.foreignNote()) : Optional.empty();
  }

  private static boolean mostlyNonLatin(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long latin =
        text.codePoints()
            .filter(Character::isLetter)
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
            .count();
    return latin * 2 < letters;
  }

  private static boolean fewEnglishWords(Draft draft, Settings settings) {
    var words = draft.words();
    if (words.size() < MIN_WORDS_FOR_LANGUAGE) {
      return false;
    }
    long english =
        words.stream()
            .map(w -> draft.folded().substring(w.start(), w.end()).toLowerCase(Locale.ROOT))
            .filter(settings.englishWords()::contains)
            .count();
    return english < settings.englishShare() * words.size();
  }
}
