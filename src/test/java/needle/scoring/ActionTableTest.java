package needle.scoring;

import static needle.scoring.Histories.score;
import static needle.scoring.Histories.someone;
import static org.assertj.core.api.Assertions.assertThat;

import needle.asks.Outcome;
import needle.ledger.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The next move of DESIGN §2 for every class and direction. */
class ActionTableTest {

  @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
  @CsvSource({
    "a little time,            new,          ,          give",
    "value long ago,           drifting,     ,          reconnect",
    "gave a job,               one-sided,    they-take, ask",
    "got a job,                one-sided,    you-take,  give",
    "hours with a director,    status-based, ,          reduce",
    "asks ignored,             secretive,    ,          reduce",
    "hours only,               social,       ,          give",
    "both ways,                strong,       ,          invest",
    "got more,                 developing,   ,          give",
    "even but unanswered,      developing,   ,          ask",
    "gave more,                developing,   ,          ask",
    "no value yet,             developing,   ,          ask"
  })
  void theNextMoveFollowsTheClass(
      String story, String expectedClass, String expectedDirection, String expectedAction) {
    Score s = score(story(story));

    assertThat(s.relationshipClass().label()).isEqualTo(expectedClass);
    assertThat(s.direction() == null ? null : s.direction().label()).isEqualTo(expectedDirection);
    assertThat(s.action().label()).isEqualTo(expectedAction);
  }

  private static Histories story(String story) {
    return switch (story) {
      case "a little time" -> someone().hours(1);
      case "value long ago" -> someone().gave(Kind.ADVICE, 500);
      case "gave a job" -> someone().gave(Kind.JOB, 10);
      case "got a job" -> someone().got(Kind.JOB, 10);
      case "hours with a director" -> someone().level(4).hours(6);
      case "asks ignored" -> someone().asked(Outcome.IGNORED, 5).asked(Outcome.IGNORED, 6);
      case "hours only" -> someone().hours(6);
      case "both ways" -> someone().gave(Kind.REFERRAL, 5).got(Kind.REFERRAL, 5);
      case "got more" -> someone().hours(3).got(Kind.ADVICE, 5);
      case "even but unanswered" ->
          someone().got(Kind.ADVICE, 5).gave(Kind.ADVICE, 5).wasAsked(Outcome.IGNORED, 5);
      case "gave more" -> someone().hours(3).gave(Kind.INTRODUCTION, 5);
      case "no value yet" -> someone().hours(3);
      default -> throw new IllegalArgumentException(story);
    };
  }
}
