package needle.scoring;

import static needle.scoring.Histories.classOf;
import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.Outcome;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;

/** Where two class rules both match, the one DESIGN lists first wins. */
class RuleOrderTest {

  @Test
  void driftingBeatsOneSided() {
    Histories history = someone().gave(Kind.JOB, 400);

    assertThat(score(history).given()).isGreaterThan(4);
    assertThat(classOf(history)).isEqualTo(RelationshipClass.DRIFTING);
  }

  @Test
  void driftingBeatsStatusBased() {
    Histories history = someone().level(5).hours(10, 400).gave(Kind.ADVICE, 400);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DRIFTING);
  }

  @Test
  void oneSidedWithADirectorIsOneSidedNotStatusBased() {
    Score s = score(someone().level(4).hours(10).gave(Kind.JOB, 10).asked(Outcome.DECLINED, 5));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.ONE_SIDED);
    assertThat(s.direction()).isEqualTo(Flow.THEY_TAKE);
  }

  @Test
  void oneSidedBeatsSecretive() {
    Histories history =
        someone().got(Kind.JOB, 10).asked(Outcome.IGNORED, 10).asked(Outcome.IGNORED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.ONE_SIDED);
  }

  @Test
  void statusBasedBeatsSecretive() {
    Histories history = someone().level(4).asked(Outcome.IGNORED, 10).asked(Outcome.IGNORED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STATUS_BASED);
  }

  @Test
  void secretiveBeatsDeveloping() {
    Histories history =
        someone()
            .gave(Kind.ADVICE, 10)
            .got(Kind.ADVICE, 10)
            .asked(Outcome.IGNORED, 10)
            .asked(Outcome.IGNORED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.SECRETIVE);
  }

  @Test
  void aDirectorWhoGaveRecentlyFallsThroughToStrong() {
    Histories history = someone().level(6).hours(20).gave(Kind.REFERRAL, 10).got(Kind.DEAL, 10);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STRONG);
  }
}
