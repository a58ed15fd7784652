package needle.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Figures#fixed} prints what {@code String.format("%.Nf")} prints, digit for digit. */
class FixedDecimalsTest {
  @Property(tries = 3000)
  void fixedDecimalsAreTheFormattersDigits(
      @ForAll("values") double value, @ForAll @IntRange(min = 0, max = 4) int places) {
    assertThat(Figures.fixed(value, places))
        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        0.0,
        -0.0,
        0.05,
        0.15,
        0.25,
        0.125,
        2.675,
        1.005,
        -0.04,
        -0.05,
        -2.5,
        0.5,
        1.5,
        99.995,
        1e-10,
        1e20,
        123456789.125,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void tiesSignsAndExtremesPrintAsTheFormatterPrintsThem(double value) {
    for (int places = 0; places <= 4; places++) {
      assertThat(Figures.fixed(value, places))
          .as("%s with %d places", value, places)
          .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
    }
  }

  /** Figures of every size, many of them ties at some number of places. */
  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1000, 1000),
        Arbitraries.integers().between(-200_000, 200_000).map(n -> n / 1000.0),
        Arbitraries.integers().between(-20_000, 20_000).map(n -> n / 200.0),
        Arbitraries.integers().between(0, 100_000).map(n -> n / 100_000.0 * 100),
        Arbitraries.doubles().between(-1e12, 1e12));
  }
}
