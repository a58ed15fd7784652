package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import needle.NeedleException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafts the coach cannot judge are refused with a sentence that says why, never a stack trace. */
class BadInputTest {
  private static final AskCoach COACH = AskCoach.standard();

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t  \n"})
  void anEmptyDraftIsRefused(String text) {
    assertThatThrownBy(() -> COACH.lint(text))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith("the draft is empty (expected the text of your ask");
  }

  @Test
  void aMissingDraftIsRefusedLikeAnEmptyOne() {
    assertThatThrownBy(() -> COACH.lint(null)).isInstanceOf(NeedleException.class);
  }

  @Test
  void binaryDataWithNulBytesIsRefused() {
    String png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR";
    assertThatThrownBy(() -> COACH.lint(png))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void textFullOfControlCharactersIsRefusedAsBinary() {
    String garbage = "ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef\u0007\u000e\u000fgh".repeat(20);
    assertThatThrownBy(() -> COACH.lint(garbage)).hasMessageContaining("binary");
  }

  @Test
  void aFiveMegabyteDraftIsRefusedQuicklyWithTheLimit() {
    String huge = "Could you review my plan by Friday? ".repeat(5 * 1024 * 1024 / 36);
    NeedleException refused =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> Assertions.assertThrows(NeedleException.class, () -> COACH.lint(huge)));
    assertThat(refused.getMessage()).contains("at most 100,000").contains("characters");
  }

  @Test
  void aDraftJustUnderTheLimitIsJudgedInReasonableTime() {
    String big = "Could you review my plan by Friday? I'll send notes. ".repeat(1850);
    assertThat(big.length()).isLessThanOrEqualTo(COACH.maxChars());
    Verdict verdict =
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> COACH.lint(big));
    assertThat(verdict.has("too-long")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bonjour Claire, pourriez-vous me présenter à la directrice des achats ? Je vous enverrai"
            + " un résumé de deux lignes. Si ce n'est pas possible, aucun souci.",
        "Hallo Herr Becker, könnten Sie mich bitte mit der Leiterin des Einkaufs bekannt machen?"
            + " Ich schicke Ihnen vorher eine kurze Zusammenfassung. Wenn nicht, kein Problem.",
        "こんにちは、田中さん。来週の木曜日に三十分だけお時間をいただけますか？資料は事前にお送りします。"
      })
  void aDraftInAnotherLanguageGetsAVerdictAndANote(String text) {
    Verdict verdict = COACH.lint(text);
    assertThat(verdict.label()).isIn("smart", "dumb");
    assertThat(verdict.score()).isBetween(0, 100);
    assertThat(verdict.note())
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("written for English");
  }

  @Test
  void anEnglishDraftGetsNoNote() {
    assertThat(COACH.lint("Could you review my deck by Friday? I'll send it today.").note())
        .isEmpty();
  }

  @Test
  void everySpanLiesInsideTheText() {
    String text = "Hi!!! Let’s grab coffee — you’re AMAZING. Could you be my mentor?";
    for (Finding finding : COACH.lint(text).findings()) {
      assertThat(finding.start()).isBetween(0, finding.end());
      assertThat(finding.end()).isLessThanOrEqualTo(text.length());
    }
  }
}
