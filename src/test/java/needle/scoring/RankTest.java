package needle.scoring;

import static needle.scoring.Histories.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import needle.ledger.History;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `rank` sorts highest first by the chosen figure, ties broken by name. */
class RankTest {
  private static final Scorer SCORER = new Scorer(Policy.defaults());

  // Al: roi 8, strength 35, 1 h, balance 1.   Bo: roi 0.8, strength 72, 10 h, balance 0.5.
  // Cy: roi 0, strength 23, 20 h, no balance. Di: roi 0, strength 35, 0 h, balance 0.
  private static final List<History> PEOPLE =
      List.of(
          Histories.with("Di").gave(Kind.JOB, 0).build(),
          Histories.with("Cy").hours(20).build(),
          Histories.with("Bo").hours(10).gave(Kind.JOB, 0).got(Kind.JOB, 0).build(),
          Histories.with("Al").hours(1).got(Kind.JOB, 0).build());

  @ParameterizedTest(name = "by {0}: {1}")
  @CsvSource({
    "roi,      Al Bo Cy Di",
    "strength, Bo Al Di Cy",
    "hours,    Cy Bo Al Di",
    "balance,  Al Bo Di Cy"
  })
  void ranksHighestFirstWithTiesByName(String by, String expected) {
    List<Score> ranked = SCORER.rank(PEOPLE, AS_OF, SortKey.parse(by));

    assertThat(names(ranked)).isEqualTo(Arrays.asList(expected.split(" ")));
  }

  @Test
  void theFiguresBehindTheOrderAreAsExpected() {
    List<Score> ranked = SCORER.rank(PEOPLE, AS_OF, SortKey.ROI);

    assertThat(ranked).extracting(Score::strength).containsExactly(35, 72, 23, 35);
    assertThat(ranked).extracting(Score::roi).containsExactly(8.0, 0.8, 0.0, 0.0);
  }

  @Test
  void tiesAreBrokenByNameIgnoringCase() {
    List<History> same =
        List.of(
            Histories.with("carol").hours(1).build(),
            Histories.with("Bob").hours(1).build(),
            Histories.with("alice").hours(1).build());

    assertThat(names(SCORER.rank(same, AS_OF, SortKey.ROI)))
        .containsExactly("alice", "Bob", "carol");
  }

  @Test
  void everyRelationshipGetsOneRow() {
    assertThat(SCORER.rank(PEOPLE, AS_OF, SortKey.HOURS)).hasSize(PEOPLE.size());
  }

  private static List<String> names(List<Score> ranked) {
    return ranked.stream().map(s -> s.person().name()).toList();
  }
}
