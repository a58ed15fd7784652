package needle.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import needle.people.PersonId;
import org.junit.jupiter.api.Test;

class RepliesTest {
  static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
  static final PersonId ANN = new PersonId(1);
  static final PersonId BOB = new PersonId(2);
  static final Map<String, PersonId> PEOPLE = Map.of("ann@x.org", ANN, "bob@x.org", BOB);

  static MailMessage mine(String id, Instant at, String subject, String... to) {
    return new MailMessage(id, true, "me@x.org", at, null, subject, false, List.of(to));
  }

  static MailMessage theirs(String id, String from, Instant at, String parent, String subject) {
    return new MailMessage(id, false, from, at, parent, subject, true, List.of());
  }

  static MailStats ann(MailMessage... mail) {
    return Replies.of(List.of(mail), PEOPLE::get).get(ANN);
  }

  @Test
  void aReplyBySubjectAnswersMyLatestMessageWithThatSubject() {
    MailStats s =
        ann(
            mine("<1>", T, "s", "ann@x.org"),
            mine("<2>", T.plus(Duration.ofDays(2)), "s", "ann@x.org"),
            theirs("<r>", "ann@x.org", T.plus(Duration.ofDays(2)).plusSeconds(600), null, "s"));

    assertThat(s).isEqualTo(new MailStats(ANN, 2, 1, 0.5, Duration.ofMinutes(10)));
  }

  @Test
  void aReplyBySubjectMoreThanThirtyDaysLaterAnswersNothing() {
    MailStats s =
        ann(
            mine("<1>", T, "s", "ann@x.org"),
            theirs("<r>", "ann@x.org", T.plus(Duration.ofDays(31)), null, "s"));

    assertThat(s.replied()).isZero();
    assertThat(s.medianLatency()).isNull();
  }

  @Test
  void onlyTheFirstReplyCountsAndTheMedianOfTwoIsTheirMean() {
    MailStats s =
        ann(
            mine("<1>", T, "a", "ann@x.org"),
            mine("<2>", T, "b", "ann@x.org"),
            theirs("<r1>", "ann@x.org", T.plusSeconds(3600), "<1>", null),
            theirs("<r2>", "ann@x.org", T.plusSeconds(7200), "<1>", null),
            theirs("<r3>", "ann@x.org", T.plusSeconds(3 * 3600), "<2>", null));

    assertThat(s.replied()).isEqualTo(2);
    assertThat(s.medianLatency()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void answeringAMessageTheyWereNotSentCountsNothing() {
    Map<PersonId, MailStats> stats =
        Replies.of(
            List.of(
                mine("<1>", T, "a", "bob@x.org"),
                theirs("<r>", "ann@x.org", T.plusSeconds(60), "<1>", null)),
            PEOPLE::get);

    assertThat(stats).containsOnlyKeys(BOB);
    assertThat(stats.get(BOB).replyRate()).isEqualTo(0.0);
  }
}
