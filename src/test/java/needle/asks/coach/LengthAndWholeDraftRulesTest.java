package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules about the draft as a whole: its length, whom it is about, and whether it offers anything.
 */
class LengthAndWholeDraftRulesTest {
  private static final AskCoach COACH = AskCoach.standard();

  private static String words(int count) {
    return String.join(" ", Collections.nCopies(count, "word")) + ".";
  }

  @ParameterizedTest(name = "{0} words")
  @CsvSource({"250, '', ''", "251, long, word.", "400, long, ''", "401, too-long, word."})
  void lengthWarnsPast250WordsAndBlocksPast400(int count, String rule, String pastTheLimit) {
    String text = words(count);
    var findings =
        COACH.lint(text).findings().stream()
            .filter(f -> f.rule().equals("long") || f.rule().equals("too-long"))
            .toList();
    if (rule.isEmpty()) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(rule));
    if (!pastTheLimit.isEmpty()) {
      assertThat(findings.get(0).excerpt(text)).isEqualTo(pastTheLimit);
    }
  }

  @Test
  void theLengthSpanStartsAtTheFirstWordPastTheLimit() {
    String text = words(250) + " Extra words here.";
    var finding =
        COACH.lint(text).findings().stream().filter(f -> f.rule().equals("long")).findFirst();
    assertThat(finding)
        .get()
        .satisfies(f -> assertThat(f.excerpt(text)).isEqualTo("Extra words here."));
  }

  @Test
  void aDraftAllAboutTheSenderIsFlagged() {
    String text =
        "I am an engineer. I have shipped a lot. I think I deserve more. I want my next role. My"
            + " resume is attached and I am ready.";
    assertThat(COACH.lint(text).has("all-about-me")).isTrue();
  }

  @Test
  void aDraftThatOffersNothingGetsOneFindingOverTheWholeText() {
    String text = "Can you review my deck by Friday?";
    var finding =
        COACH.lint(text).findings().stream().filter(f -> f.rule().equals("no-offer")).toList();
    assertThat(finding).singleElement().satisfies(f -> assertThat(f.excerpt(text)).isEqualTo(text));
  }

  @Test
  void anOfferOrANumberSilencesTheNoOfferFinding() {
    assertThat(COACH.lint("I'll send the summary. Can you review it?").has("no-offer")).isFalse();
    assertThat(COACH.lint("It cuts costs by 30%. Can you review it?").has("no-offer")).isFalse();
  }

  @Test
  void anAskUpFrontIsNotAlsoReportedAsBuried() {
    String upFront = "Could you review my deck? It is short. I'll send it today. Thanks.";
    assertThat(COACH.lint(upFront).has("ask-up-front")).isTrue();
    assertThat(COACH.lint(upFront).has("ask-buried")).isFalse();
  }

  @Test
  void anAskAfterALongPreambleIsReportedAsBuried() {
    String buried =
        "I have been at the company for four years now. I started in support and moved to sales."
            + " Last year I took over the northern region. The team grew from three to nine."
            + " We closed more deals than any other region. Could you review my promotion case?";
    var verdict = COACH.lint(buried);
    assertThat(verdict.has("ask-buried")).isTrue();
    assertThat(verdict.has("ask-up-front")).isFalse();
  }
}
