package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import needle.asks.coach.LabelledAsks.Example;
import org.junit.jupiter.api.Test;

/** The coach is judged on how many asks it labels the way a person did. */
class LabelledAsksTest {
  private static final AskCoach COACH = AskCoach.standard();

  @Test
  void labelsAtLeastNinetyPercentOfTheTunedAsksRight() {
    List<Example> examples = LabelledAsks.read("labelled-asks.txt");
    assertThat(examples).filteredOn(Example::smart).hasSizeGreaterThanOrEqualTo(66);
    assertThat(examples).filteredOn(e -> !e.smart()).hasSizeGreaterThanOrEqualTo(66);
    assertAccuracy("tuned", examples, 0.90);
  }

  @Test
  void labelsAtLeastEightyPercentOfTheHeldOutAsksRight() {
    List<Example> examples = LabelledAsks.read("held-out-asks.txt");
    assertThat(examples).hasSize(20);
    assertAccuracy("held-out", examples, 0.80);
  }

  @Test
  void judgesBothEssayExamplesTheWayTheEssayDoes() {
    List<Example> essay =
        LabelledAsks.read("labelled-asks.txt").stream()
            .filter(e -> e.name().startsWith("essay-"))
            .toList();
    assertThat(essay).hasSize(2);
    for (Example example : essay) {
      assertThat(COACH.lint(example.text()).smart())
          .as(example.describe())
          .isEqualTo(example.smart());
    }
  }

  private static void assertAccuracy(String set, List<Example> examples, double wanted) {
    List<Example> wrong =
        examples.stream().filter(e -> COACH.lint(e.text()).smart() != e.smart()).toList();
    long smart = examples.stream().filter(Example::smart).count();
    long smartRight = smart - wrong.stream().filter(Example::smart).count();
    long dumb = examples.size() - smart;
    long dumbRight = dumb - wrong.stream().filter(e -> !e.smart()).count();
    double overall = 1.0 - (double) wrong.size() / examples.size();
    System.out.printf(
        Locale.ROOT,
        "ask coach accuracy (%s): smart %d/%d, dumb %d/%d, overall %.1f%%%n",
        set,
        smartRight,
        smart,
        dumbRight,
        dumb,
        100 * overall);
    assertThat(overall)
        .as("misclassified %s asks:%n%s", set, describe(wrong))
        .isGreaterThanOrEqualTo(wanted);
  }

  private static String describe(List<Example> wrong) {
    return wrong.stream()
        .map(e -> "  " + e.describe() + " -> " + explain(e.text()))
        .collect(Collectors.joining("\n"));
  }

  private static String explain(String text) {
    Verdict verdict = COACH.lint(text);
    return verdict.score()
        + " "
        + verdict.findings().stream().map(Finding::rule).collect(Collectors.joining(","));
  }
}
