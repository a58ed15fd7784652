package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A draft must ask for something; "my ask:" and "the ask:" state one up front. */
class AskPresenceTest {
  private static final AskCoach COACH = AskCoach.standard();

  @Test
  void aDraftThatAsksForNothingIsToldSo() {
    Verdict verdict =
        COACH.lint("Ada, here's the notes tool I built; it saves my team 3 hours a week. Enjoy.");

    assertThat(verdict.has("no-ask")).isTrue();
    assertThat(verdict.label()).isEqualTo("dumb");
  }

  @Test
  void aDraftWithAQuestionForADecisionHasAnAsk() {
    assertThat(COACH.lint("Could you review my RFC by Friday? 20 minutes at most.").has("no-ask"))
        .isFalse();
  }

  @Test
  void myAskColonPatternNeverMatchedBecauseOfItsWordBoundary() {
    String text = "Hi Sam, the ask: approve the Q3 budget line by Friday. A candid no is fine.";

    Finding upFront =
        COACH.lint(text).findings().stream()
            .filter(f -> f.rule().equals("ask-up-front"))
            .findFirst()
            .orElseThrow();

    assertThat(text.substring(upFront.start(), upFront.end())).isEqualTo("the ask:");
  }
}
