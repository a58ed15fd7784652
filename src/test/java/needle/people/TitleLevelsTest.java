package needle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleLevelsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/needle/people/titles.csv", numLinesToSkip = 1)
  void derivesTheLevelARecruiterWouldGive(String title, int level) {
    assertThat(TitleLevels.levelOf(title))
        .as("%s (decided by %s)", title, TitleLevels.decidingRule(title))
        .isEqualTo(Level.ofRank(level));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void missingTitleIsUnknown(String title) {
    assertThat(TitleLevels.levelOf(title)).isEqualTo(Level.UNKNOWN);
  }

  @Test
  void executiveAssistantToTheCeoIsAnIndividualContributor() {
    assertThat(TitleLevels.levelOf("Executive Assistant to the CEO"))
        .isEqualTo(Level.INDIVIDUAL_CONTRIBUTOR);
  }

  @Test
  void accountExecutiveIsAnIndividualContributor() {
    assertThat(TitleLevels.levelOf("Account Executive")).isEqualTo(Level.INDIVIDUAL_CONTRIBUTOR);
  }

  @Test
  void vicePresidentIsNotReadAsPresident() {
    assertThat(TitleLevels.levelOf("Vice President")).isEqualTo(Level.VICE_PRESIDENT);
  }

  @Test
  void partnerManagerIsAManagerNotAPartner() {
    assertThat(TitleLevels.levelOf("Partner Manager")).isEqualTo(Level.MANAGER);
  }

  @Test
  void abbreviationsMatchOnlyAsWholeWords() {
    assertThat(TitleLevels.levelOf("Ceolia")).isEqualTo(Level.UNKNOWN);
    assertThat(TitleLevels.levelOf("Director")).isEqualTo(Level.DIRECTOR);
  }

  @Test
  void theDecidingRuleExplainsTheLevel() {
    assertThat(TitleLevels.decidingRule("CTO & Co-founder"))
        .hasValueSatisfying(rule -> assertThat(rule.level()).isEqualTo(Level.C_LEVEL));
    assertThat(TitleLevels.decidingRule("n/a")).isEmpty();
  }

  @Test
  void aBrokenRuleTableNamesTheLine() {
    assertThatThrownBy(() -> TitleRules.parse(List.of("# rules", "7 emperor")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("title-levels.txt:2: expected \"LEVEL regex\" or \"define NAME regex\"");
    assertThatThrownBy(() -> TitleRules.parse(List.of("1 {NOPE}")))
        .hasMessageContaining("title-levels.txt:1: unknown {NOPE}");
  }
}
