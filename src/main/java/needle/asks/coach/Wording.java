package needle.asks.coach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Small grammar for the drafter: ledger notes are written about a person ("built the dashboard her
 * org uses"), and a draft speaks to them ("since I built the dashboard your org uses").
 */
final class Wording {
  private static final Set<String> DETERMINERS =
      words(
          "a an the my your our his her their its this that these those some any "
              + "one two three another every each all both no several");

  /** Verbs that open a request or an offer: "review my deck", "introduce you to Ana". */
  private static final Set<String> VERBS =
      words(
          "introduce review refer recommend share forward send read look give put "
              + "join try test approve sign vouch be help make let tell check take "
              + "spend write meet consider mention pass connect speak present host back "
              + "fund vote pick choose decide confirm add answer sponsor nominate "
              + "endorse promote cover lend pair walk show demo build fix set run do "
              + "keep bring find teach draft edit proofread hire invite include advise "
              + "support champion sit update prepare migrate weigh ask loop get "
              + "co-write sanity-check explain owe buy trade swap");

  /** Past tenses that do not end in -ed, each with its -ing form after a colon. */
  private static final Map<String, String> IRREGULAR =
      pairs(
          "built:building made:making wrote:writing gave:giving got:getting "
              + "put:putting sent:sending ran:running led:leading took:taking "
              + "brought:bringing found:finding lent:lending paid:paying bought:buying "
              + "won:winning spoke:speaking told:telling taught:teaching set:setting "
              + "did:doing went:going stood:standing fought:fighting held:holding "
              + "kept:keeping let:letting cut:cutting sat:sitting read:reading "
              + "shown:showing");

  /** Words ending in -ed or -ing that are not verb forms. */
  private static final Set<String> NOT_VERB_FORMS =
      words(
          "need feed seed speed bed red shed bred thing nothing something "
              + "everything morning evening ring king string wedding spring ceiling "
              + "offspring sibling during");

  private static final Pattern HIS_HIM = Pattern.compile("\\b(?:his|him)\\b");

  /** "her" before a noun is possessive ("her team"); before these, or at the end, it is "you". */
  private static final Pattern HER =
      Pattern.compile(
          "\\bher\\b(?=\\s*$|\\s*[,.;:!?)]|\\s+(?:to|for|on|with|and|at|in|into|through|about|"
              + "over|up|out|off|back|a|an|the|some|my|our)(?=\\s|$|[,.;:!?]))");

  private static final Pattern HER_POSSESSIVE = Pattern.compile("\\bher\\b");

  private static final Pattern ROUTINE_PREFIX =
      Pattern.compile(
          "^(?:(?:could|can|would|will) you\\s+)?(?:please\\s+)?", Pattern.CASE_INSENSITIVE);

  private Wording() {}

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }

  private static Map<String, String> pairs(String list) {
    return Arrays.stream(list.split(" "))
        .map(pair -> pair.split(":"))
        .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
  }

  /** The text without surrounding space or closing full stops: it goes inside a sentence. */
  static String trimmed(String text) {
    return text.strip().replaceAll("[\\s.!;,]+$", "");
  }

  static String firstWord(String text) {
    String[] words = text.strip().split("\\s+", 2);
    return words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'-]", "");
  }

  static String lowerFirst(String text) {
    if (text.isEmpty() || text.startsWith("I ") || text.startsWith("I'")) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A request or an offer that starts with a verb, once "could you" and "please" are dropped. */
  static boolean isVerbPhrase(String text) {
    return VERBS.contains(firstWord(withoutRoutine(text)));
  }

  /** "Could you please review my deck?" becomes "review my deck?". */
  static String withoutRoutine(String text) {
    return ROUTINE_PREFIX.matcher(text.strip()).replaceFirst("");
  }

  /** "Speaks in the first person" notes like "I built it" are kept as they are. */
  static boolean isFirstPerson(String text) {
    return text.startsWith("I ") || text.matches("(?i)^(?:i'\\w+|we|we'\\w+)\\b.*");
  }

  static boolean isPastTense(String text) {
    String word = firstWord(text);
    return IRREGULAR.containsKey(word)
        || (word.length() > 3 && word.endsWith("ed") && !NOT_VERB_FORMS.contains(word));
  }

  static boolean isGerund(String text) {
    String word = firstWord(text);
    return word.length() > 4 && word.endsWith("ing") && !NOT_VERB_FORMS.contains(word);
  }

  /** "argued for my promotion" becomes "arguing for my promotion". */
  static String gerund(String pastTense) {
    String[] parts = pastTense.strip().split("\\s+", 2);
    String word = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? " " + parts[1] : "";
    return ingForm(word) + rest;
  }

  private static String ingForm(String past) {
    if (IRREGULAR.containsKey(past)) {
      return IRREGULAR.get(past);
    }
    if (past.endsWith("eed")) {
      return past.substring(0, past.length() - 1) + "ing";
    }
    if (past.endsWith("ied") && past.length() > 4) {
      return past.substring(0, past.length() - 3) + "ying";
    }
    return past.substring(0, past.length() - 2) + "ing";
  }

  /** A noun phrase that can follow "for" or "with": "intro to Ana" becomes "the intro to Ana". */
  static String withArticle(String text) {
    boolean proper = Character.isUpperCase(text.charAt(0)) && !text.startsWith("I ");
    return proper || DETERMINERS.contains(firstWord(text)) ? text : "the " + text;
  }

  static boolean isProperName(String text) {
    return Character.isUpperCase(text.charAt(0)) && !DETERMINERS.contains(firstWord(text));
  }

  /** A note about the person, turned to address them: "his RFC" becomes "your RFC". */
  static String toThem(String note) {
    String text = HIS_HIM.matcher(note).replaceAll(m -> m.group().equals("his") ? "your" : "you");
    text = HER.matcher(text).replaceAll("you");
    return HER_POSSESSIVE.matcher(text).replaceAll(Matcher.quoteReplacement("your"));
  }
}
