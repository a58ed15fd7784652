package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DupesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "anne.koehler@enron.com | anne.koehler@enron.com",
        "NOTES:gregwhalley | NOTES:gregwhalley",
        "Anne C. Koehler | \"Anne C. Koehler\"",
        "'premier.rentals@enron.com | \"'premier.rentals@enron.com\"",
        "Ann \"Nan\" O'Neil | \"Ann \\\"Nan\\\" O'Neil\"",
        "Dollar $HOME `x` \\ | \"Dollar \\$HOME \\`x\\` \\\\\"",
      })
  void theMergeCommandQuotesANameForAShellOnlyWhenItMust(String name, String quoted) {
    assertThat(Dupes.quoted(name)).isEqualTo(quoted);
  }
}
