package needle.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import needle.NeedleException;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring config: DESIGN's defaults, and overrides that fail fast with a plain sentence. */
class PolicyTest {
  private static final Policy DEFAULTS = Policy.defaults();

  @Test
  void defaultsHaveDesignsNumbers() {
    assertThat(DEFAULTS.halfLifeDays()).isEqualTo(730);
    assertThat(DEFAULTS.followUpDays()).isEqualTo(30);
    assertThat(DEFAULTS.recentDays()).isEqualTo(365);
    assertThat(DEFAULTS.balancedMin()).isEqualTo(0.25);
    assertThat(DEFAULTS.balancedMax()).isEqualTo(0.75);
    assertThat(DEFAULTS.newMaxHours()).isEqualTo(2);
    assertThat(DEFAULTS.oneSidedMinPoints()).isEqualTo(4);
    assertThat(DEFAULTS.statusMinLevel()).isEqualTo(4);
    assertThat(DEFAULTS.statusMinHours()).isEqualTo(5);
    assertThat(DEFAULTS.secretiveMinIgnored()).isEqualTo(2);
    assertThat(DEFAULTS.secretiveMaxOpenness()).isEqualTo(0.5);
    assertThat(DEFAULTS.socialMinHours()).isEqualTo(5);
    assertThat(DEFAULTS.strongMinOpenness()).isEqualTo(0.5);
    assertThat(DEFAULTS.developingGiveAboveBalance()).isEqualTo(0.5);
    assertThat(DEFAULTS.strongCadenceDays()).isEqualTo(90);
    assertThat(DEFAULTS.groupMeetings()).isEqualTo(new Policy.GroupMeetings("split", 10));
  }

  @ParameterizedTest(name = "{0} = {1} points")
  @CsvSource({
    "job, 8",
    "promotion, 8",
    "raise, 6",
    "sponsorship, 5",
    "deal, 5",
    "win, 5",
    "referral, 3",
    "tool, 3",
    "introduction, 2",
    "advice, 1",
    "feedback, 1",
    "endorsement, 1",
    "other, 1"
  })
  void defaultPointsAreDesignsTable(String kind, double points) {
    assertThat(DEFAULTS.pointsOf(Kind.parse(kind))).isEqualTo(points);
    assertThat(Kind.parse(kind).defaultPoints()).isEqualTo(points);
  }

  @Test
  void everyKindHasPoints() {
    assertThat(DEFAULTS.points()).containsOnlyKeys(Kind.values());
  }

  @Test
  void strengthWeightsAddUpToOneHundred() {
    Policy.StrengthWeights w = DEFAULTS.strength();

    assertThat(w.flow() + w.balance() + w.openness() + w.collaboration() + w.recency())
        .isEqualTo(100);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"half-life-days, 365", "points.job, 10", "balanced-min, 0.2"})
  void anOverrideChangesOnlyItsNumber(String key, String value) {
    Policy policy = Policy.withOverrides(properties(key, value), "mine.properties");

    assertThat(policy).isNotEqualTo(DEFAULTS);
    assertThat(policy.halfLifeDays()).isEqualTo(key.equals("half-life-days") ? 365 : 730);
    assertThat(policy.pointsOf(Kind.JOB)).isEqualTo(key.equals("points.job") ? 10 : 8);
    assertThat(policy.balancedMin()).isEqualTo(key.equals("balanced-min") ? 0.2 : 0.25);
    assertThat(policy.pointsOf(Kind.RAISE)).isEqualTo(6);
    assertThat(policy.recentDays()).isEqualTo(365);
  }

  @Test
  void anOverrideFileInTheDocumentedFormatChangesItsNumbers() throws IOException {
    Properties file = new Properties();
    file.load(
        new StringReader(
            """
            # I value introductions more, and forget faster.
            half-life-days = 365
            points.introduction = 4
            """));

    Policy policy = Policy.withOverrides(file, "scoring.properties");

    assertThat(policy.halfLifeDays()).isEqualTo(365);
    assertThat(policy.pointsOf(Kind.INTRODUCTION)).isEqualTo(4);
    assertThat(policy.pointsOf(Kind.JOB)).isEqualTo(8);
  }

  @Test
  void noOverridesGiveTheDefaults() {
    assertThat(Policy.withOverrides(new Properties(), "empty.properties")).isEqualTo(DEFAULTS);
  }

  @Test
  void anUnknownKeyFailsNamingIt() {
    assertThatThrownBy(
            () -> Policy.withOverrides(properties("half-life", "700"), "mine.properties"))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("mine.properties")
        .hasMessageContaining("half-life");
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource({
    "half-life-days, soon",
    "points.job, eight",
    "balanced-min, ''",
    "strength-weight-flow, 30%"
  })
  void aNonNumberFailsNamingTheKey(String key, String value) {
    assertThatThrownBy(() -> Policy.withOverrides(properties(key, value), "mine.properties"))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("mine.properties")
        .hasMessageContaining(key)
        .hasMessageContaining("not a number");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"half-life-days, 0", "points.deal, -1", "balanced-max, 1.5", "new-max-hours, -2"})
  void aNumberOutOfRangeFailsNamingTheKey(String key, String value) {
    assertThatThrownBy(() -> Policy.withOverrides(properties(key, value), "mine.properties"))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining(key);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"strength-weight-flow, 31", "strength-weight-recency, 0"})
  void weightsThatDoNotAddUpToOneHundredFail(String key, String value) {
    assertThatThrownBy(() -> Policy.withOverrides(properties(key, value), "mine.properties"))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("strength weights")
        .hasMessageContaining("100");
  }

  @Test
  void weightsMovedBetweenPartsStillAddUp() {
    Properties moved = properties("strength-weight-flow", "40");
    moved.setProperty("strength-weight-recency", "5");

    assertThat(Policy.withOverrides(moved, "mine.properties").strength().flow()).isEqualTo(40);
  }

  private static Properties properties(String key, String value) {
    Properties properties = new Properties();
    properties.setProperty(key, value);
    return properties;
  }
}
