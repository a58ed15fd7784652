package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import needle.asks.coach.LabelledAsks.Example;
import org.junit.jupiter.api.Test;

/**
 * The coach is judged on how many asks it labels the way a person did: on the asks its rules were
 * tuned on, and on held-out asks written before the rules changed and never used to tune them. Both
 * print their accuracy overall and, for each rule a person labelled as firing or not, the precision
 * and recall of its firing.
 */
class LabelledAsksTest {
  private static final AskCoach COACH = AskCoach.standard();
  private static final List<Example> TUNED = LabelledAsks.read("labelled-asks.txt");
  private static final List<Example> HELD_OUT = LabelledAsks.read("held-out-asks.txt");

  @Test
  void theLabelledSetHoldsAtLeastFourHundredAsksAHundredOfThemHeldOut() {
    assertThat(TUNED.size() + HELD_OUT.size()).isGreaterThanOrEqualTo(400);
    assertThat(HELD_OUT).hasSizeGreaterThanOrEqualTo(100);
    assertThat(HELD_OUT).filteredOn(Example::smart).hasSizeGreaterThanOrEqualTo(40);
    assertThat(HELD_OUT).filteredOn(e -> !e.smart()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(TUNED).extracting(Example::text).doesNotContainAnyElementsOf(texts(HELD_OUT));
  }

  @Test
  void labelsAtLeastNinetyFivePercentOfTheTunedAsksRight() {
    assertAccuracy(Accuracy.of(COACH, "tuned", TUNED), 0.95);
  }

  @Test
  void labelsAtLeastNinetyFivePercentOfTheHeldOutAsksRight() {
    assertAccuracy(Accuracy.of(COACH, "held-out", HELD_OUT), 0.95);
  }

  @Test
  void judgesBothEssayExamplesTheWayTheEssayDoes() {
    List<Example> essay = TUNED.stream().filter(e -> e.name().startsWith("essay-")).toList();
    assertThat(essay).hasSize(2);
    for (Example example : essay) {
      assertThat(COACH.lint(example.text()).smart())
          .as(example.describe())
          .isEqualTo(example.smart());
    }
  }

  @Test
  void everyVerdictOnALabelledAskCarriesFindingsWithSpansInsideItsText() {
    for (Example example : TUNED) {
      Verdict verdict = COACH.lint(example.text());
      assertThat(verdict.findings()).as(example.describe()).isNotEmpty();
      assertThat(verdict.findings())
          .allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(example.text().length()));
    }
  }

  private static List<String> texts(List<Example> examples) {
    return examples.stream().map(Example::text).toList();
  }

  private static void assertAccuracy(Accuracy accuracy, double wanted) {
    System.out.print(accuracy.report());
    assertThat(accuracy.overall())
        .as("misjudged %s asks:%n%s", accuracy.set(), accuracy.mistakes(COACH))
        .isGreaterThanOrEqualTo(wanted);
  }
}
