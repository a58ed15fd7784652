package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import needle.NeedleException;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks every door makes, at their edges. */
class ChecksTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  @TempDir Path folder;

  Scope scope() {
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return new Scope(Ledger.open(TestDatabases.sqliteFile(folder)), Policy.defaults(), clock);
  }

  @ParameterizedTest
  @CsvSource({
    "1900-01-01, true",
    "1899-12-31, false",
    "2027-11-30, true",
    "2027-12-01, false",
    "2026-11-30, true"
  })
  void aDateIsTakenWithinAYearAheadAndSince1900(LocalDate on, boolean taken) {
    Scope scope = scope();
    if (taken) {
      assertThat(Checks.date(scope, on, false)).isEqualTo(on);
    } else {
      assertThatThrownBy(() -> Checks.date(scope, on, false))
          .isInstanceOf(Checks.Unusual.class)
          .hasMessageContaining(on + " is");
      assertThat(Checks.date(scope, on, true)).isEqualTo(on);
    }
  }

  @Test
  void aDayOfMinutesIsFineAndAMinuteMoreWarns() {
    assertThat(Checks.minutes(1440)).isEmpty();
    assertThat(Checks.minutes(1441)).singleElement().asString().startsWith("24 h 1 min is more");
  }

  @Test
  void anEmailIsCheckedAsTheImportsCheckIt() {
    Checks.emails(List.of("ada@example.org", "k..allen@enron.com"));
    assertThatThrownBy(() -> Checks.emails(List.of("ada@example.org", "ada at home")))
        .isInstanceOf(NeedleException.class)
        .hasMessage("\"ada at home\" is not an e-mail address (expected e.g. ada@example.org)");
  }
}
