package needle.scoring;

import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.Outcome;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row's reasons are short sentences that quote the figures behind its class. */
class ReasonsTest {

  @ParameterizedTest(name = "{0} minutes: \"{1}\"")
  @CsvSource({"90, 1.5 h invested", "100, 1.7 h invested", "0, 0.0 h invested"})
  void newQuotesTheHoursToOneDecimal(double minutes, String expected) {
    Score s = score(someone().minutes(minutes, 3));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.NEW);
    assertThat(s.reasons()).anySatisfy(r -> assertThat(r).contains(expected));
  }

  @Test
  void statusBasedQuotesHoursSinceWhenTitleAndLevel() {
    Score s = score(someone().title("Head of Sales").level(4).hours(20, 200));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.STATUS_BASED);
    assertThat(s.reasons())
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("20.0 h invested since Nov 2025")
                    .contains("nothing received")
                    .contains("Head of Sales (level 4)"));
  }

  @Test
  void statusBasedCountsTheAsksNotGranted() {
    Score s = score(someone().level(5).asked(Outcome.DECLINED, 3).asked(Outcome.OPEN, 2));

    assertThat(s.reasons()).contains("2 asks to them not granted");
  }

  @Test
  void secretiveQuotesTheIgnoredAsksAndOpenness() {
    Score s =
        score(
            someone()
                .asked(Outcome.IGNORED, 3)
                .asked(Outcome.IGNORED, 4)
                .wasAsked(Outcome.GRANTED, 5));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.SECRETIVE);
    assertThat(s.reasons()).anySatisfy(r -> assertThat(r).contains("2 asks ignored", "33%"));
  }

  @Test
  void oneSidedQuotesBothFlowsAndWhoTakes() {
    Score s = score(someone().gave(Kind.JOB, 0).got(Kind.ADVICE, 0));

    assertThat(s.reasons())
        .anySatisfy(r -> assertThat(r).contains("gave 8.0 points, got 1.0", "0.11", "they take"));
  }

  @Test
  void driftingQuotesWhenValueLastMoved() {
    Score s = score(someone().got(Kind.ADVICE, 500));

    assertThat(s.reasons()).anySatisfy(r -> assertThat(r).contains("Jan 2025", "365 days"));
  }

  @Test
  void strongSaysBalancedAndWonTogether() {
    Score s = score(someone().joint(Kind.WIN, 0).asked(Outcome.GRANTED, 0));

    assertThat(s.reasons())
        .contains("got 5.0 points, gave 5.0 (balance 0.50); balanced", "won together")
        .anySatisfy(r -> assertThat(r).contains("openness 100%", "1 of 1 asks answered"));
  }

  @Test
  void everyRowEndsWithItsRoiAndStrength() {
    Score s = score(someone().hours(1).got(Kind.JOB, 0));

    assertThat(s.reasons()).last().asString().contains("ROI 8.00", "strength " + s.strength());
  }

  @Test
  void theLargestEventsAreQuotedWithTheirMonthsRightAfterTheFigures() {
    Score s =
        score(
            someone()
                .got(Kind.PROMOTION, 40)
                .got(Kind.ADVICE, 10)
                .got(Kind.FEEDBACK, 200)
                .gave(Kind.INTRODUCTION, 100));

    assertThat(s.reasons().get(1))
        .isEqualTo(
            "most received: promotion (Apr 2026), advice (May 2026);"
                + " most given: introduction (Feb 2026)");
    assertThat(Largest.quotes(s.reasons().get(1))).isTrue();
    assertThat(Largest.quotes(s.reasons().get(0))).isFalse();
  }

  @Test
  void largestMeansTheMostDecayedPointsNotTheMostPointsOnceGiven() {
    Score s = score(someone().got(Kind.JOB, 2000).got(Kind.REFERRAL, 10).got(Kind.ADVICE, 5));

    assertThat(s.reasons()).contains("most received: referral (May 2026), job (Dec 2020)");
  }

  @Test
  void aRelationshipWithoutValueQuotesNothing() {
    Score s = score(someone().hours(8, 20));

    assertThat(s.reasons()).noneMatch(Largest::quotes);
  }
}
