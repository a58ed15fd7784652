package needle.asks.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import needle.asks.coach.LabelledAsks.Example;

/**
 * How a coach does on a set of labelled asks: the share of verdicts a person agrees with, and for
 * each rule a person said should or should not fire, the precision and recall of its firing.
 */
record Accuracy(
    String set, List<Example> examples, List<Example> wrong, Map<String, RuleCounts> rules) {

  /** Where a rule was labelled: fired as expected, fired where it should not, or stayed quiet. */
  record RuleCounts(int truePositives, int falsePositives, int falseNegatives, int quiet) {
    RuleCounts plus(boolean expected, boolean fired) {
      return new RuleCounts(
          truePositives + (expected && fired ? 1 : 0),
          falsePositives + (!expected && fired ? 1 : 0),
          falseNegatives + (expected && !fired ? 1 : 0),
          quiet + (expected ? 0 : 1));
    }

    /** 1.0 when the rule never fired where labelled: it made no mistake of that kind. */
    double precision() {
      int fired = truePositives + falsePositives;
      return fired == 0 ? 1.0 : (double) truePositives / fired;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }
  }

  static Accuracy of(AskCoach coach, String set, List<Example> examples) {
    List<Example> wrong = new ArrayList<>();
    Map<String, RuleCounts> rules = new TreeMap<>();
    for (Example example : examples) {
      Verdict verdict = coach.lint(example.text());
      if (verdict.smart() != example.smart()) {
        wrong.add(example);
      }
      example.fires().forEach(rule -> count(rules, rule, true, verdict.has(rule)));
      example.quiet().forEach(rule -> count(rules, rule, false, verdict.has(rule)));
    }
    return new Accuracy(set, examples, wrong, rules);
  }

  private static void count(Map<String, RuleCounts> rules, String rule, boolean on, boolean fired) {
    rules.merge(rule, new RuleCounts(0, 0, 0, 0).plus(on, fired), (a, b) -> a.plus(on, fired));
  }

  double overall() {
    return 1.0 - (double) wrong.size() / examples.size();
  }

  /** The figures as lines for the test log. */
  String report() {
    long smart = examples.stream().filter(Example::smart).count();
    long smartWrong = wrong.stream().filter(Example::smart).count();
    long dumb = examples.size() - smart;
    long dumbWrong = wrong.size() - smartWrong;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "ask coach accuracy (%s, %d asks): smart %d/%d, dumb %d/%d, overall %.1f%%%n",
            set,
            examples.size(),
            smart - smartWrong,
            smart,
            dumb - dumbWrong,
            dumb,
            100 * overall()));
    rules.forEach(
        (rule, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %-20s precision %.2f recall %.2f (labelled to fire %d, not to fire %d;"
                        + " fired where labelled %d, rightly %d)%n",
                    rule,
                    c.precision(),
                    c.recall(),
                    c.truePositives() + c.falseNegatives(),
                    c.quiet(),
                    c.truePositives() + c.falsePositives(),
                    c.truePositives())));
    return out.toString();
  }

  /** Each misjudged ask with the coach's score and the rules that fired on it. */
  String mistakes(AskCoach coach) {
    return wrong.stream()
        .map(e -> "  " + e.describe() + " -> " + explain(coach, e.text()))
        .collect(Collectors.joining("\n"));
  }

  private static String explain(AskCoach coach, String text) {
    Verdict verdict = coach.lint(text);
    return verdict.score()
        + " "
        + verdict.findings().stream().map(Finding::rule).collect(Collectors.joining(","));
  }
}
