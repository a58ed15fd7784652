package needle.scoring;

import static needle.scoring.Histories.classOf;
import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import needle.asks.Outcome;
import needle.ledger.Direction;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each threshold of the class rules, on both sides of its edge. */
class ThresholdsTest {

  @ParameterizedTest(name = "{0} minutes: {1}")
  @CsvSource({"0, new", "119.4, new", "120, developing", "180, developing"})
  void newMeansUnderTwoHours(double minutes, String expected) {
    assertThat(classOf(someone().minutes(minutes, 3)).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "got {0}, gave {1}: {2} {3}")
  @CsvSource({
    "1,   3,   strong,    ",
    "3,   1,   strong,    ",
    "2,   2,   strong,    ",
    "1,   3.1, one-sided, they-take",
    "3.1, 1,   one-sided, you-take",
    "0,   4,   one-sided, they-take",
    "4,   0,   one-sided, you-take"
  })
  void balancedIncludesBothEndsOfTheBand(
      double got, double gave, String expectedClass, String expectedDirection) {
    Score s = score(someone().points(Direction.GOT, got, 0).points(Direction.GAVE, gave, 0));

    assertThat(s.relationshipClass().label()).isEqualTo(expectedClass);
    assertThat(s.direction() == null ? null : s.direction().label()).isEqualTo(expectedDirection);
  }

  @ParameterizedTest(name = "{0} points given: {1}")
  @CsvSource({"3.99, developing", "4, one-sided", "8, one-sided"})
  void oneSidedNeedsFourPointsInAll(double points, String expected) {
    Histories history = someone().hours(3).points(Direction.GAVE, points, 0);

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "level {0}: {1}")
  @CsvSource({"0, social", "3, social", "4, status-based", "5, status-based", "6, status-based"})
  void statusBasedNeedsLevelFourOrMore(int level, String expected) {
    assertThat(classOf(someone().level(level).hours(6, 10)).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} h with a director: {1}")
  @CsvSource({"4.99, developing", "5, status-based"})
  void statusBasedNeedsFiveHoursWithoutAnAsk(double hours, String expected) {
    assertThat(classOf(someone().level(4).hours(hours, 10)).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} h: {1}")
  @CsvSource({"4.99, developing", "5, social"})
  void socialNeedsFiveHours(double hours, String expected) {
    assertThat(classOf(someone().hours(hours, 10)).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of my asks ignored: {1}")
  @CsvSource({"0, developing", "1, developing", "2, secretive", "3, secretive"})
  void secretiveNeedsTwoOfMyAsksIgnored(int ignored, String expected) {
    Histories history = someone().hours(3);
    for (int i = 0; i < ignored; i++) {
      history.asked(Outcome.IGNORED, 10 + i);
    }
    history.wasAsked(Outcome.IGNORED, 5);

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "2 ignored, {0} answered: openness {1}, {2}")
  @CsvSource({
    "0, 0, secretive",
    "1, 0.3333, secretive",
    "2, 0.5, developing",
    "3, 0.6, developing"
  })
  void secretiveNeedsOpennessUnderOneHalf(int answered, double openness, String expected) {
    Histories history = someone().hours(3).asked(Outcome.IGNORED, 10).asked(Outcome.IGNORED, 11);
    for (int i = 0; i < answered; i++) {
      history.wasAsked(Outcome.GRANTED, 12 + i);
    }

    Score s = score(history);

    assertThat(s.openness()).isCloseTo(openness, offset(1e-4));
    assertThat(s.relationshipClass().label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} answered, {1} ignored: {2}")
  @CsvSource({"1, 2, developing", "1, 1, strong", "2, 1, strong"})
  void strongNeedsOpennessOfAtLeastOneHalf(int answered, int ignored, String expected) {
    Histories history = someone().gave(Kind.ADVICE, 10).got(Kind.ADVICE, 10);
    for (int i = 0; i < answered; i++) {
      history.wasAsked(Outcome.GRANTED, 12 + i);
    }
    for (int i = 0; i < ignored; i++) {
      history.wasAsked(Outcome.IGNORED, 20 + i);
    }

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "time {0} days ago after a job given 500 days ago: {1}")
  @CsvSource({"364, one-sided", "365, one-sided", "366, drifting"})
  void timeWithinTheLast365DaysKeepsItFromDrifting(int timeDaysAgo, String expected) {
    Histories history = someone().gave(Kind.JOB, 500).hours(1, timeDaysAgo);

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "value both ways {0} days ago: {1}")
  @CsvSource({"365, strong", "366, drifting"})
  void valueWithinTheLast365DaysKeepsItFromDrifting(int daysAgo, String expected) {
    Histories history = someone().gave(Kind.ADVICE, daysAgo).got(Kind.ADVICE, daysAgo);

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "advice from a director {0} days ago: {1}")
  @CsvSource({"365, developing", "366, status-based"})
  void receivingWithinTheLast365DaysKeepsItFromStatusBased(int daysAgo, String expected) {
    Histories history = someone().level(4).hours(6).got(Kind.ADVICE, daysAgo);

    assertThat(classOf(history).label()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "two open asks {0} days old: {1}")
  @CsvSource({"30, developing", "31, secretive"})
  void anOpenAskOlderThan30DaysCountsAsIgnored(int daysOld, String expected) {
    Score s = score(someone().asked(Outcome.OPEN, daysOld).asked(Outcome.OPEN, daysOld));

    assertThat(s.relationshipClass().label()).isEqualTo(expected);
    assertThat(s.asksToFollowUp()).isEqualTo(daysOld > 30 ? 2 : 0);
  }

  @Test
  void anOpenAskOf30DaysIsNotYetResolvedForOpenness() {
    assertThat(score(someone().asked(Outcome.OPEN, 30)).openness()).isNull();
    assertThat(score(someone().asked(Outcome.OPEN, 31)).openness()).isZero();
  }
}
