package needle.scoring;

import static needle.scoring.Histories.AS_OF;
import static needle.scoring.Histories.daysAgo;
import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.History;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;

/** Figures are computed as of a date: whatever happened after it is ignored. */
class AsOfTest {
  private static final int TOMORROW = -1;

  @Test
  void valueAfterTheDateIsIgnored() {
    Score s = score(someone().got(Kind.JOB, TOMORROW).gave(Kind.JOB, -400));

    assertThat(s.received()).isZero();
    assertThat(s.given()).isZero();
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.NEW);
  }

  @Test
  void timeAfterTheDateIsIgnored() {
    Score s = score(someone().hours(1).hours(10, TOMORROW));

    assertThat(s.hours()).isEqualTo(1.0);
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.NEW);
  }

  @Test
  void asksMadeAfterTheDateAreIgnored() {
    Score s = score(someone().level(4).asked(Outcome.IGNORED, TOMORROW));

    assertThat(s.openness()).isNull();
    assertThat(s.openAsks()).isZero();
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.NEW);
  }

  @Test
  void anAskGrantedAfterTheDateWasStillOpenThen() {
    Histories history =
        someone().level(4).ask(AskDirection.ASKED, Outcome.GRANTED, daysAgo(10), daysAgo(-5));

    Score then = score(history);
    Score later = new Scorer(Policy.defaults()).score(history.build(), AS_OF.plusDays(5));

    assertThat(then.openness()).isNull();
    assertThat(then.openAsks()).isEqualTo(1);
    assertThat(then.relationshipClass()).isEqualTo(RelationshipClass.STATUS_BASED);
    assertThat(later.openness()).isEqualTo(1.0);
    assertThat(later.openAsks()).isZero();
    assertThat(later.relationshipClass()).isEqualTo(RelationshipClass.DEVELOPING);
  }

  @Test
  void anAskAnsweredAfterTheDateButOlderThan30DaysWasIgnoredThen() {
    Histories history =
        someone()
            .ask(AskDirection.ASKED, Outcome.GRANTED, daysAgo(40), daysAgo(-1))
            .ask(AskDirection.ASKED, Outcome.DECLINED, daysAgo(50), daysAgo(-2));

    Score s = score(history);

    assertThat(s.openness()).isZero();
    assertThat(s.asksToFollowUp()).isEqualTo(2);
    assertThat(s.relationshipClass()).isEqualTo(RelationshipClass.SECRETIVE);
  }

  @Test
  void anEarlierDateSeesTheRelationshipAsItWas() {
    History history = someone().gave(Kind.ADVICE, 100).got(Kind.JOB, 10).build();
    Scorer scorer = new Scorer(Policy.defaults());

    Score before = scorer.score(history, daysAgo(50));
    Score after = scorer.score(history, AS_OF);

    assertThat(before.received()).isZero();
    assertThat(before.relationshipClass()).isEqualTo(RelationshipClass.DEVELOPING);
    assertThat(after.received()).isGreaterThan(0);
    assertThat(after.relationshipClass()).isEqualTo(RelationshipClass.ONE_SIDED);
  }

  @Test
  void theScoreNamesItsDate() {
    assertThat(score(someone()).asOf()).isEqualTo(AS_OF);
  }
}
