package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean": first or last name, prefixes and typos; never a short name inside a long one. */
class NameDistanceTest {
  private static final List<String> KNOWN =
      List.of(
          "B",
          "Al",
          "Mary Smith",
          "Marc Jones",
          "Mark Pickering",
          "Anne C. Koehler",
          "Markus Ober",
          "legal");

  private static List<String> suggested(String wanted) {
    return NameDistance.suggestions(KNOWN, wanted, 3);
  }

  @Test
  void aFirstNameSuggestsThePersonBeforeNamesThatAreOnlyClose() {
    assertThat(suggested("Mark")).first().isEqualTo("Mark Pickering");
    assertThat(suggested("mark")).contains("Mark Pickering", "Markus Ober");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Pickering, Mark Pickering",
    "pickering mark, Mark Pickering",
    "Mark P, Mark Pickering",
    "Pick, Mark Pickering",
    "Mrak Pickering, Mark Pickering",
    "Mark Pickerign, Mark Pickering",
    "Mark Pickering Jr, Mark Pickering",
    "Koehler, Anne C. Koehler",
    "anne koehler, Anne C. Koehler",
    "  Mary   Smith , Mary Smith"
  })
  void suggestsByFirstOrLastNamePrefixAndTypo(String wanted, String expected) {
    assertThat(suggested(wanted)).first().isEqualTo(expected);
  }

  @Test
  void neverSuggestsAOneLetterNameForALongQuery() {
    assertThat(suggested("Nobody Atall")).isEmpty();
    assertThat(suggested("Bob Albright")).doesNotContain("B", "Al");
    assertThat(suggested("legal department")).doesNotContain("B", "Al");
  }

  @Test
  void aShortQueryIsNoTypoOfEveryShortName() {
    assertThat(suggested("M")).isEmpty();
    assertThat(suggested("Bo")).isEmpty();
  }

  @Test
  void atMostTheLimitBestFirst() {
    assertThat(NameDistance.suggestions(KNOWN, "mar", 2)).hasSize(2);
    assertThat(NameDistance.suggestions(KNOWN, "", 3)).isEmpty();
  }

  @Test
  void aSwapOfTwoLettersIsOneEdit() {
    assertThat(NameDistance.distance("mrak", "mark")).isEqualTo(1);
    assertThat(NameDistance.distance("mark", "mark")).isZero();
    assertThat(NameDistance.distance("", "abc")).isEqualTo(3);
  }
}
