package needle.scoring;

import static needle.scoring.Histories.classOf;
import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.Outcome;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;

/** Each of the eight class rules of DESIGN §2 matches the relationship it describes. */
class ClassRulesTest {

  @Test
  void aLittleTimeAndNothingElseIsNew() {
    assertThat(classOf(someone().hours(1.5))).isEqualTo(RelationshipClass.NEW);
  }

  @Test
  void noHistoryAtAllIsNew() {
    assertThat(classOf(someone())).isEqualTo(RelationshipClass.NEW);
  }

  @Test
  void valueLongAgoAndNothingSinceIsDrifting() {
    Histories history = someone().got(Kind.ADVICE, 400).gave(Kind.ADVICE, 400).hours(3, 400);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DRIFTING);
  }

  @Test
  void givingWithoutGettingIsOneSidedAndTheyTake() {
    Score s = score(someone().gave(Kind.JOB, 10).hours(3));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.ONE_SIDED);
    assertThat(s.direction()).isEqualTo(Flow.THEY_TAKE);
  }

  @Test
  void gettingWithoutGivingIsOneSidedAndYouTake() {
    Score s = score(someone().got(Kind.JOB, 10).hours(3));

    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.ONE_SIDED);
    assertThat(s.direction()).isEqualTo(Flow.YOU_TAKE);
  }

  @Test
  void hoursWithADirectorWhoGivesNothingIsStatusBased() {
    Histories history = someone().level(4).hours(6, 20).gave(Kind.ADVICE, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STATUS_BASED);
  }

  @Test
  void aDeclinedAskToAVicePresidentIsStatusBasedWithoutHours() {
    Histories history = someone().level(5).asked(Outcome.DECLINED, 10);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STATUS_BASED);
  }

  @Test
  void aYoungOpenAskToAChiefCountsAsNotGranted() {
    Histories history = someone().level(6).asked(Outcome.OPEN, 3);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STATUS_BASED);
  }

  @Test
  void aGrantedAskToADirectorIsNotStatusBased() {
    Histories history = someone().level(4).asked(Outcome.GRANTED, 10);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DEVELOPING);
  }

  @Test
  void twoOfMyAsksIgnoredAndNothingAnsweredIsSecretive() {
    Histories history = someone().hours(3).asked(Outcome.IGNORED, 5).asked(Outcome.IGNORED, 50);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.SECRETIVE);
  }

  @Test
  void theirAsksThatIIgnoredDoNotMakeThemSecretive() {
    Histories history =
        someone().hours(3).wasAsked(Outcome.IGNORED, 5).wasAsked(Outcome.IGNORED, 50);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DEVELOPING);
  }

  @Test
  void manyHoursWithNoValueAndNoAsksIsSocial() {
    assertThat(classOf(someone().hours(8, 30))).isEqualTo(RelationshipClass.SOCIAL);
  }

  @Test
  void valueBothWaysBalancedAndAnsweredIsStrong() {
    Histories history =
        someone().gave(Kind.INTRODUCTION, 40).got(Kind.REFERRAL, 20).asked(Outcome.GRANTED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STRONG);
  }

  @Test
  void aJointWinAloneIsStrong() {
    assertThat(classOf(someone().joint(Kind.WIN, 10))).isEqualTo(RelationshipClass.STRONG);
  }

  @Test
  void aCandidNoCountsAsAnAnswerForStrong() {
    Histories history =
        someone()
            .gave(Kind.ADVICE, 40)
            .got(Kind.ADVICE, 20)
            .asked(Outcome.DECLINED, 20)
            .asked(Outcome.IGNORED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.STRONG);
  }

  @Test
  void strongAcceptsAsksThatAreOnlyStillOpen() {
    Score s = score(someone().gave(Kind.ADVICE, 40).got(Kind.ADVICE, 20).wasAsked(Outcome.OPEN, 5));

    assertThat(s.openness()).isNull();
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.STRONG);
  }

  @Test
  void valueOneWayUnderFourPointsIsDeveloping() {
    Histories history = someone().hours(3).got(Kind.REFERRAL, 10);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DEVELOPING);
  }

  @Test
  void balancedButUnansweredIsDeveloping() {
    Histories history =
        someone().gave(Kind.ADVICE, 40).got(Kind.ADVICE, 20).wasAsked(Outcome.IGNORED, 20);

    assertThat(classOf(history)).isEqualTo(RelationshipClass.DEVELOPING);
  }
}
