package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import needle.NeedleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person can write rules without touching code, and a mistake in them is named by its line. */
class RulesFileTest {
  private static final String SETTINGS =
      """
      set base 50
      set smart-at 60
      set max-bad 1
      set max-chars 1000
      set abbreviations dr mr
      set negation \\b(?:not|no)\\b
      set english-words the a you i
      set english-share 0.1
      set foreign-note Rules are in English.
      """;

  @Test
  void aRuleAddedToTheFileIsUsedWithoutAnyCode() {
    AskCoach coach =
        AskCoach.withRules(
            "mine.txt",
            SETTINGS
                + """
                define FRUIT = (?:apples?|pears?)
                rule fruit-offer
                  severity good
                  weight 20
                  message You offer {match}.
                  negatable
                  match \\bsome {FRUIT}\\b
                """);
    String text = "I can bring some pears to the meeting.";
    Verdict verdict = coach.lint(text);
    assertThat(verdict.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("fruit-offer");
              assertThat(f.excerpt(text)).isEqualTo("some pears");
              assertThat(f.message()).isEqualTo("You offer some pears.");
            });
    assertThat(verdict.score()).isEqualTo(70);
    assertThat(verdict.smart()).isTrue();
    assertThat(coach.lint("I will not bring some pears.").findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rule x\\n  severity good\\n  weigth 3           | mine.txt:12: unknown key "weigth"
          rule x\\n  severity great                      | mine.txt:11: unknown severity "great" (expected good, warning, bad)
          rule x\\n  match (unclosed                     | mine.txt:11: bad pattern
          rule x\\n  weight three                        | mine.txt:11: expected a number
          rule x\\n  unless-found nothing                | mine.txt:11: unknown rule "nothing"
          rule x\\n  match {NOWHERE}                     | mine.txt:11: unknown name {NOWHERE}
          rule x\\n  severity good\\n  weight 1          | needs a "message" line
          weight 3                                      | mine.txt:10: "weight" outside a rule
          rule x wobbly\\n  severity good\\n  weight 1\\n  message m | unknown kind "wobbly"
          """)
  void aMistakeInTheRulesNamesItsLine(String rules, String expected) {
    String source = SETTINGS + rules.replace("\\n", "\n");
    assertThatThrownBy(() -> AskCoach.withRules("mine.txt", source))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void rolesAndSmartNeedsAreDataToo() {
    AskCoach coach =
        AskCoach.withRules(
            "mine.txt",
            SETTINGS
                + """
                set smart-needs gift
                set clause-break [,;]
                role asked \\bcould you\\b
                rule gift
                  severity good
                  weight 20
                  describes gave fruit
                  message You offer {match}.
                  not-in-role asked
                  match \\bpears\\b
                rule bonus
                  severity good
                  weight 30
                  message You name {match}.
                  match \\bapples\\b
                rule unfinished
                  severity warning
                  weight 0
                  blocks-smart
                  message Fill in {match}.
                  match \\bTODO\\b
                """);
    assertThat(coach.lint("I'll bring pears.").smart()).isTrue();
    assertThat(coach.lint("Could you bring pears?").findings()).isEmpty();
    assertThat(coach.lint("Could you come, I'll bring pears.").has("gift")).isTrue();
    assertThat(coach.lint("I'll bring pears.").score()).isEqualTo(70);
    Verdict noGift = coach.lint("Could you bring apples?");
    assertThat(noGift.score()).isEqualTo(80);
    assertThat(noGift.smart()).as("smart needs a gift, whatever the score").isFalse();
    assertThat(coach.lint("I'll bring pears TODO.").smart()).isFalse();
    assertThat(coach.describe("gift")).isEqualTo("gave fruit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rule x\\n  severity good\\n  weight 1\\n  message m\\n  match a\\n  in-role nobody | mine.txt:15: unknown role "nobody"
          role Bad pattern                                   | mine.txt:10: bad role
          set smart-needs ghost\\nrule x\\n  severity good\\n  weight 1\\n  message m\\n  match a | unknown rule "ghost"
          """)
  void aMistakeInRolesOrSmartNeedsIsNamed(String rules, String expected) {
    String source = SETTINGS + rules.replace("\\n", "\n");
    assertThatThrownBy(() -> AskCoach.withRules("mine.txt", source))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void aMissingSettingIsNamed() {
    assertThatThrownBy(() -> AskCoach.withRules("mine.txt", "set base 50\n"))
        .isInstanceOf(NeedleException.class)
        .hasMessage("mine.txt: missing \"set smart-at\"");
  }

  @Test
  void theStandardRulesLoadAndCoverEveryFamily() {
    Verdict verdict = AskCoach.standard().lint("Could you review my plan by Friday?");
    assertThat(verdict.score()).isBetween(0, 100);
    assertThat(AskCoach.standard()).isSameAs(AskCoach.standard());
  }
}
