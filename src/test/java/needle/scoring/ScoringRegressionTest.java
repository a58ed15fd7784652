package needle.scoring;

import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.Outcome;
import needle.ledger.Direction;
import needle.ledger.Kind;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** One test per scoring bug, named after what broke. */
class ScoringRegressionTest {

  @Test
  void threeToOneOnTheSameOldDateWasOneSidedInsteadOfBalanced() {
    // A raise got and an introduction given a week ago: 6 to 2, exactly 3:1. Decayed by the same
    // weight, the figures rounded to a balance a hair above 0.75.
    Score s = score(someone().got(Kind.RAISE, 7).gave(Kind.INTRODUCTION, 7));

    assertThat(s.balance()).isCloseTo(0.75, Offset.offset(1e-9));
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.STRONG);
    assertThat(s.direction()).isNull();
  }

  @Test
  void evenFlowOnTheSameOldDateWasToldToGiveInsteadOfAsk() {
    // 5 got against 2 + 3 given, all on one date: exactly even, but the decayed sums rounded to a
    // balance a hair above 0.5. One ignored ask keeps it from being strong.
    Score s =
        score(
            someone()
                .points(Direction.GOT, 5, 54)
                .points(Direction.GAVE, 2, 54)
                .points(Direction.GAVE, 3, 54)
                .asked(Outcome.IGNORED, 54));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.DEVELOPING);
    assertThat(s.balance()).isCloseTo(0.5, Offset.offset(1e-9));
    assertThat(s.action()).isEqualTo(Action.ASK);
  }

  @Test
  void tenGiftsOfFourTenthsWereShortOfFourPointsAndNotOneSided() {
    Histories gifts = someone();
    for (int i = 0; i < 10; i++) {
      gifts.points(Direction.GAVE, 0.4, 0);
    }

    Score s = score(gifts);

    assertThat(s.given()).isCloseTo(4.0, Offset.offset(1e-9));
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.ONE_SIDED);
    assertThat(s.direction()).isEqualTo(Flow.THEY_TAKE);
  }
}
