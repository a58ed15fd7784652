package needle.asks.coach;

import java.util.List;
import java.util.Set;

/**
 * The numbers and word lists the rules file sets for the whole coach, as opposed to one rule.
 *
 * @param base the score a draft starts from before its findings weigh in
 * @param smartAt the lowest score a smart draft may have
 * @param maxBad the most findings of severity {@code bad} a smart draft may have
 * @param maxChars the longest draft the coach reads
 * @param englishShare below this share of common English words, a draft gets a note
 * @param smartNeeds groups of rules: a smart draft has a finding of at least one rule in each
 */
record Settings(
    int base,
    int smartAt,
    int maxBad,
    int maxChars,
    Set<String> abbreviations,
    Set<String> englishWords,
    double englishShare,
    String foreignNote,
    List<Set<String>> smartNeeds) {

  Settings {
    smartNeeds = smartNeeds.stream().map(Set::copyOf).toList();
    abbreviations = Set.copyOf(abbreviations);
    englishWords = Set.copyOf(englishWords);
  }
}
