package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import needle.asks.Outcome;
import needle.asks.coach.Hints.Facts;
import needle.asks.coach.Hints.PastAsk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HintsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final int FOLLOW_UP_DAYS = 30;

  private static Optional<PastAsk> lastAsk(String on, Outcome outcome) {
    return on == null ? Optional.empty() : Optional.of(new PastAsk(LocalDate.parse(on), outcome));
  }

  private static List<String> hints(
      int given, int received, double hours, int asked, Optional<PastAsk> last) {
    return Hints.about(
        new Facts("Greg", given, received, hours, asked, last, FOLLOW_UP_DAYS), TODAY);
  }

  private static List<String> containing(List<String> hints, String word) {
    return hints.stream().filter(h -> h.contains(word)).toList();
  }

  @ParameterizedTest(name = "gave {0}, got {1}, asked {2}, last {3} {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      4 | 0 | 1 | 2026-03-01 | GRANTED  | You have given Greg 4 times and asked once: ask now.
      1 | 0 | 0 |            |          | You have given Greg once and never asked: ask now.
      4 | 1 | 1 | 2026-03-01 | GRANTED  | You have given Greg 4 times and asked once; Greg has given you once: ask now.
      3 | 1 | 2 | 2026-02-01 | DECLINED | You have given Greg 3 times and asked twice; Greg has given you once: ask now.
      1 | 1 | 0 |            |          |
      3 | 1 | 1 | 2026-11-20 | OPEN     |
      3 | 1 | 1 | 2026-09-01 | OPEN     | You have given Greg 3 times and asked once; Greg has given you once: ask now.
      2 | 1 | 2 | 2026-03-01 | GRANTED  |
      0 | 0 | 3 | 2026-03-01 | IGNORED  | You have asked Greg 3 times and never given anything: give before you ask again.
      0 | 1 | 3 | 2026-03-01 | IGNORED  | Greg has given you once and you have asked 3 times; you have never given anything: give before you ask again.
      1 | 1 | 2 | 2026-03-01 | GRANTED  | Greg has given you once and you have asked twice; you have given once: give before you ask again.
      1 | 3 | 0 |            |          | Greg has given you 3 times; you have given once: give before you ask again.
      0 | 1 | 1 | 2026-03-01 | GRANTED  |
      0 | 1 | 0 |            |          |
      """)
  void comparesWhatYouGaveWithWhatYouTook(
      int given, int received, int asked, String on, Outcome outcome, String expected) {
    List<String> hints = hints(given, received, 2, asked, lastAsk(on, outcome));

    List<String> balance =
        hints.stream().filter(h -> h.endsWith(": ask now.") || h.contains("give before")).toList();
    assertThat(balance).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  /**
   * Mark sponsored you and argued for your promotion; you gave him two things and never asked. He
   * has given as much as you have, so the hint does not tell you that you are owed an ask.
   */
  @Test
  void valueReceivedOfAnyKindCountsAgainstWhatYouGave() {
    List<String> hints =
        Hints.about(new Facts("Mark", 2, 2, 6, 0, Optional.empty(), FOLLOW_UP_DAYS), TODAY);

    assertThat(hints).noneMatch(h -> h.contains("ask now") || h.contains("never asked"));
    assertThat(Hints.about(new Facts("Mark", 0, 2, 6, 0, Optional.empty(), FOLLOW_UP_DAYS), TODAY))
        .contains(
            "Mark has given you twice; you have never given anything: give before you ask again.");
  }

  /** One promotion received outweighs two small favours given: you are not owed an ask. */
  @Test
  void withPointsALargeGiftReceivedOutweighsSmallOnesGiven() {
    List<String> hints =
        Hints.about(
            new Facts("Greg", 2, 1, 4, 8, 2, 1, lastAsk("2026-03-01", Outcome.GRANTED), 30), TODAY);

    assertThat(hints)
        .contains(
            "Greg has given you 8 points of value against your 4 points and you have asked once:"
                + " give before you ask again.")
        .noneMatch(h -> h.contains("ask now"));
  }

  @Test
  void withPointsGivingMoreValueStillSaysAskNow() {
    List<String> hints =
        Hints.about(new Facts("Greg", 3, 1, 9, 1, 2, 0, Optional.empty(), 30), TODAY);

    assertThat(hints)
        .contains("You have given Greg 3 times and never asked; Greg has given you once: ask now.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1, 1 point", "8, 8 points", "2.5, 2.5 points", "0.95, 1 point"})
  void pointsAreWrittenAsPeopleSayThem(double points, String expected) {
    assertThat(Hints.points(points)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-08-30 | IGNORED  | Your last ask to Greg was ignored 3 months ago.
      2024-01-10 | IGNORED  | Your last ask to Greg was ignored 2 years ago.
      2026-10-30 | OPEN     | Your last ask to Greg was ignored 4 weeks ago.
      2026-10-31 | OPEN     | Your ask to Greg from 4 weeks ago is still open: follow up on it before you ask for more.
      2026-11-29 | OPEN     | Your ask to Greg from yesterday is still open: follow up on it before you ask for more.
      2026-11-30 | OPEN     | Your ask to Greg from today is still open: follow up on it before you ask for more.
      2026-09-15 | DECLINED | Greg answered your last ask with a candid no: say what changed.
      2026-11-20 | GRANTED  | Greg granted your last ask 10 days ago: say how it turned out before you ask again.
      """)
  void saysHowYourLastAskEnded(String on, Outcome outcome, String expected) {
    List<String> hints = hints(1, 1, 2, 1, lastAsk(on, outcome));

    assertThat(containing(hints, "last ask").size() + containing(hints, "still open").size())
        .isEqualTo(1);
    assertThat(hints).contains(expected);
  }

  @Test
  void saysNothingAboutAsksWhenYouNeverAsked() {
    assertThat(hints(0, 1, 2, 0, Optional.empty())).isEmpty();
  }

  @ParameterizedTest(name = "received {0} in {1} h")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      0 | 5.3   | Greg has never given you anything in 5.3 hours: keep this ask small.
      0 | 1.0   | Greg has never given you anything in 1 hour: keep this ask small.
      0 | 12.25 | Greg has never given you anything in 12.3 hours: keep this ask small.
      0 | 0     | Greg has never given you anything yet: keep this ask small.
      2 | 5.3   |
      """)
  void saysWhenTheyHaveNeverGivenYouAnything(int received, double hours, String expected) {
    List<String> hints =
        containing(hints(0, received, hours, 0, Optional.empty()), "never given you");

    assertThat(hints).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @Test
  void listsTheBalanceThenTheLastAskThenTheSizeOfTheAsk() {
    List<String> hints = hints(4, 0, 5.3, 1, lastAsk("2026-08-30", Outcome.IGNORED));

    assertThat(hints)
        .containsExactly(
            "You have given Greg 4 times and asked once: ask now.",
            "Your last ask to Greg was ignored 3 months ago.",
            "Greg has never given you anything in 5.3 hours: keep this ask small.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-11-30, today",
    "2026-11-29, yesterday",
    "2026-11-17, 13 days ago",
    "2026-11-16, 2 weeks ago",
    "2026-10-01, 8 weeks ago",
    "2026-09-30, 2 months ago",
    "2025-12-01, 11 months ago",
    "2024-12-01, 23 months ago",
    "2024-11-30, 2 years ago"
  })
  void saysHowLongAgoAsPeopleDo(LocalDate then, String expected) {
    assertThat(Hints.ago(then, TODAY)).isEqualTo(expected);
  }
}
