package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import needle.asks.coach.LabelledAsks.Example;
import org.junit.jupiter.api.Test;

/**
 * The coach once read requests as offers and achievements as benefits; one test for each of the
 * drafts that showed it.
 */
class DirectionRegressionTest {
  private static final AskCoach COACH = AskCoach.standard();

  private static List<String> excerpts(String text, String rule) {
    return RuleFamiliesTest.excerpts(text, rule);
  }

  @Test
  void willingToIntroduceMeIsTheAskNotAnOffer() {
    String text =
        "Would you be willing to introduce me to your CEO? 20 minutes on Friday would do.";
    Verdict verdict = COACH.lint(text);

    assertThat(verdict.label()).isEqualTo("dumb");
    assertThat(excerpts(text, "offer-value")).isEmpty();
    assertThat(excerpts(text, "ask-up-front")).containsExactly("Would you be willing to introduce");
    assertThat(verdict.has("no-offer")).isTrue();
  }

  @Test
  void happyToReferMeIsTheAskNotAnOffer() {
    String text = "Would you be happy to refer me for the VP role?";
    Verdict verdict = COACH.lint(text);

    assertThat(verdict.label()).isEqualTo("dumb");
    assertThat(excerpts(text, "offer-value")).isEmpty();
    assertThat(verdict.has("no-offer")).isTrue();
  }

  @Test
  void theWritersOwnAchievementIsNoBenefitToTheReader() {
    String text = "I grew revenue 30%… Please refer me… ASAP";
    Verdict verdict = COACH.lint(text);

    assertThat(verdict.label()).isEqualTo("dumb");
    assertThat(excerpts(text, "quantified-benefit")).isEmpty();
    assertThat(verdict.has("no-offer")).isTrue();
  }

  @Test
  void areYouOpenToBeingMyMentorIsOpenEnded() {
    String text = "Hi Dana, are you open to being my mentor?";

    assertThat(excerpts(text, "open-ended")).containsExactly("being my mentor");
    assertThat(COACH.lint(text).label()).isEqualTo("dumb");
  }

  @Test
  void aDraftWithThePlaceholderLeftInIsNeverSmart() {
    String text =
        "Hi Sam, I'll send you the benchmark notes today, and I can also help with [what you can"
            + " offer them]. Could you review my deck by Friday? 20 minutes would be plenty. No"
            + " pressure.";
    Verdict verdict = COACH.lint(text);

    assertThat(excerpts(text, "placeholder")).containsExactly("[what you can offer them]");
    assertThat(verdict.label()).isEqualTo("dumb");
  }

  @Test
  void smartAsksWrittenWithoutTheCoachsFavouriteWordsAreJudgedSmart() {
    List<Example> smart =
        LabelledAsks.read("held-out-asks.txt").stream().filter(Example::smart).toList();
    long judgedSmart = smart.stream().filter(e -> COACH.lint(e.text()).smart()).count();

    assertThat((double) judgedSmart / smart.size())
        .as("held-out smart asks judged smart")
        .isGreaterThanOrEqualTo(0.9);
  }
}
