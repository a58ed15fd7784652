package needle.scoring;

import static needle.scoring.Histories.AS_OF;
import static needle.scoring.Histories.daysAgo;
import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Properties;
import needle.asks.Outcome;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.Kind;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures of DESIGN §2: decay, points, roi, balance and strength. */
class FiguresTest {
  private static final Offset<Double> EXACT = offset(1e-9);

  @ParameterizedTest(name = "a job {0} days old counts {1}")
  @CsvSource({"0, 8", "730, 4", "1460, 2", "365, 5.656854249"})
  void valueLosesHalfItsWeightEvery730Days(int daysAgo, double expected) {
    assertThat(score(someone().gave(Kind.JOB, daysAgo)).given()).isCloseTo(expected, EXACT);
  }

  @Test
  void hoursAreUndecayedButRoiUsesDecayedHours() {
    Score s = score(someone().hours(4, 730).got(Kind.JOB, 0));

    assertThat(s.hours()).isCloseTo(4.0, EXACT);
    assertThat(s.decayedHours()).isCloseTo(2.0, EXACT);
    assertThat(s.roi()).isCloseTo(8.0 / 2.0, EXACT);
  }

  @ParameterizedTest(name = "{0} minutes: roi {1}")
  @CsvSource({"0, 8", "30, 8", "60, 8", "120, 4", "240, 2"})
  void roiDividesByAtLeastOneHour(double minutes, double expected) {
    Score s = score(someone().minutes(minutes, 0).got(Kind.JOB, 0));

    assertThat(s.roi()).isCloseTo(expected, EXACT);
  }

  @Test
  void roiCountsOnlyWhatIsReceived() {
    assertThat(score(someone().hours(2).gave(Kind.JOB, 0)).roi()).isZero();
  }

  @Test
  void jointCountsInBothGivenAndReceived() {
    Score s = score(someone().joint(Kind.WIN, 0));

    assertThat(s.given()).isCloseTo(5.0, EXACT);
    assertThat(s.received()).isCloseTo(5.0, EXACT);
    assertThat(s.balance()).isCloseTo(0.5, EXACT);
  }

  @ParameterizedTest(name = "{0} counts {1} points")
  @CsvSource({
    "job, 8",
    "promotion, 8",
    "raise, 6",
    "sponsorship, 5",
    "deal, 5",
    "win, 5",
    "referral, 3",
    "tool, 3",
    "introduction, 2",
    "advice, 1",
    "feedback, 1",
    "endorsement, 1",
    "other, 1"
  })
  void anEventWithoutPointsTakesItsKindsDefault(String kind, double points) {
    assertThat(score(someone().got(Kind.parse(kind), 0)).received()).isCloseTo(points, EXACT);
  }

  @ParameterizedTest(name = "a job worth {0} counts {0}")
  @CsvSource({"0", "2", "12.5"})
  void anEventsOwnPointsOverrideItsKindsDefault(double points) {
    Score s = score(someone().value(Direction.GOT, Kind.JOB, points, AS_OF));

    assertThat(s.received()).isCloseTo(points, EXACT);
  }

  @Test
  void aPolicyOverrideChangesTheKindsPointsButNotAnEventsOwn() {
    Properties overrides = new Properties();
    overrides.setProperty("points.job", "10");
    Scorer scorer = new Scorer(Policy.withOverrides(overrides, "test.properties"));
    History history =
        someone()
            .got(Kind.JOB, 0)
            .value(Direction.GAVE, Kind.JOB, 3.0, AS_OF)
            .gave(Kind.ADVICE, 0)
            .build();

    Score s = scorer.score(history, AS_OF);

    assertThat(s.received()).isCloseTo(10.0, EXACT);
    assertThat(s.given()).isCloseTo(3.0 + 1.0, EXACT);
  }

  @Test
  void aPolicyOverrideChangesTheHalfLife() {
    Properties overrides = new Properties();
    overrides.setProperty("half-life-days", "365");
    Scorer scorer = new Scorer(Policy.withOverrides(overrides, "test.properties"));

    Score s = scorer.score(someone().got(Kind.JOB, 365).build(), AS_OF);

    assertThat(s.received()).isCloseTo(4.0, EXACT);
  }

  @Test
  void balanceIsNullWithoutValue() {
    assertThat(score(someone().hours(3)).balance()).isNull();
  }

  @Test
  void balanceIsTheShareReceived() {
    Score s = score(someone().got(Kind.RAISE, 0).gave(Kind.INTRODUCTION, 0));

    assertThat(s.balance()).isCloseTo(6.0 / 8.0, EXACT);
  }

  @Test
  void opennessCountsResolvedAsksBothWays() {
    Score s =
        score(
            someone()
                .asked(Outcome.GRANTED, 5)
                .wasAsked(Outcome.DECLINED, 5)
                .asked(Outcome.IGNORED, 5)
                .wasAsked(Outcome.IGNORED, 5)
                .asked(Outcome.OPEN, 5));

    assertThat(s.openness()).isCloseTo(0.5, EXACT);
    assertThat(s.openAsks()).isEqualTo(1);
  }

  @Test
  void strengthIsAtMostOneHundredWhenEveryPartIsFull() {
    Histories best =
        someone().joint(Kind.JOB, 0).joint(Kind.JOB, 0).asked(Outcome.GRANTED, 0).hours(1);

    assertThat(score(best).strength()).isEqualTo(100);
  }

  @Test
  void strengthBlendsTheDocumentedParts() {
    // flow 8/20 of 30, balance 1 - 2 * |1 - 0.5| of 25, openness 0.5 of 15, no collaboration,
    // recency 0.5 of 15: 12 + 0 + 7.5 + 0 + 7.5 = 27.
    Score s = score(someone().value(Direction.GOT, Kind.OTHER, 16.0, daysAgo(730)));

    assertThat(s.strength()).isEqualTo(27);
  }

  @Test
  void strengthWithNothingAtAllIsOnlyTheNeutralOpenness() {
    assertThat(score(someone()).strength()).isEqualTo(8);
  }
}
