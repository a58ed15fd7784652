package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules match on who does what in a clause: the writer gives, the reader is asked, the writer
 * claims; and placeholders, purposeful meetings and time in words are read as DESIGN §5 says.
 */
class RolesTest {
  private static final AskCoach COACH = AskCoach.standard();

  private static java.util.List<String> excerpts(String text, String rule) {
    return RuleFamiliesTest.excerpts(text, rule);
  }

  @ParameterizedTest(name = "offer in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'd be happy to introduce you to Ana on the payments team.      | I'd be happy to introduce
          Would you like me to send the benchmark notes?                  | like me to send
          I'm willing to refer two strong candidates to your team.        | I'm willing to refer
          I can mentor one of your new hires this quarter.                | I can mentor
          Hi Jess, did the photos for your menu.                          | did the photos
          """)
  void whatTheWriterGivesIsAnOffer(String text, String span) {
    assertThat(excerpts(text, "offer-value")).containsExactly(span);
  }

  @ParameterizedTest(name = "no offer in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Would you be willing to introduce me to your CFO?
          If you're happy to refer me for the role, that would be great.
          Could you be glad to put in a word for me with the partners?
          Happy to refer me for the opening on your team?
          """)
  void whatTheReaderIsAskedToGiveIsNeverAnOffer(String text) {
    assertThat(excerpts(text, "offer-value")).isEmpty();
  }

  @ParameterizedTest(name = "no benefit in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I grew revenue 30% last year.
          I led a team of 12 and grew ARR from $2M to $9M.
          In my last job I reduced costs by 25%.
          """)
  void theWritersAchievementsAreNotTheReadersBenefit(String text) {
    assertThat(excerpts(text, "quantified-benefit")).isEmpty();
  }

  @ParameterizedTest(name = "benefit in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I cut your team's build time by 40% with this script.  | 40%
          The tool cuts review time in half.                     | in half
          """)
  void aBenefitToTheReaderStillCounts(String text, String span) {
    assertThat(excerpts(text, "quantified-benefit")).containsExactly(span);
  }

  @ParameterizedTest(name = "placeholder in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Hi <name>, could you review it?                    | <name>
          It saves XX hours a week.                          | XX
          TODO: add the link. Could you review it?           | TODO
          Hi {first name}, could you review it?              | {first name}
          I can offer [insert offer here].                   | [insert offer here]
          """)
  void placeholdersAreFoundAndBlockASmartVerdict(String text, String span) {
    assertThat(excerpts(text, "placeholder")).containsExactly(span);
    assertThat(COACH.lint(text).smart()).isFalse();
  }

  @ParameterizedTest(name = "no placeholder in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          See [1] in the attached paper and the README.
          Write to me at <ana@example.com> by Friday.
          The [docs](https://example.com) explain it.
          """)
  void footnotesAddressesAndLinksAreNotPlaceholders(String text) {
    assertThat(excerpts(text, "placeholder")).isEmpty();
  }

  @ParameterizedTest(name = "not vague: \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Could I buy you a coffee on Tuesday? 25 minutes, with these two questions as the agenda.
          Can we grab lunch on Thursday to decide the launch date? 30 minutes is enough.
          """)
  void aMeetingWithAPurposeAndALengthIsNotVague(String text) {
    assertThat(excerpts(text, "vague-meeting")).isEmpty();
  }

  @ParameterizedTest(name = "vague: \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Could I buy you a coffee sometime?                       | buy you a coffee
          Can we grab coffee for 20 minutes and just chat?         | grab coffee
          """)
  void aCoffeeWithoutAnAgendaIsStillVague(String text, String span) {
    assertThat(excerpts(text, "vague-meeting")).startsWith(span);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Can you give me a quarter of an hour on Thursday?   | a quarter of an hour on Thursday
          Could you spare twenty minutes?                      | twenty minutes
          Would half an hour work?                             | half an hour
          Twenty-five minutes is all it takes.                 | Twenty-five minutes
          """)
  void boundedTimeInWordsCounts(String text, String span) {
    assertThat(excerpts(text, "bounded-time")).containsExactly(span);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Are you open to being my mentor?                    | being my mentor
          Would you consider becoming my mentor?              | becoming my mentor
          """)
  void askingTheReaderToMentorIsOpenEnded(String text, String span) {
    assertThat(excerpts(text, "open-ended")).containsExactly(span);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'd be happy to be a mentor to one of your interns.
          I'm glad to mentor your new analyst for three months.
          """)
  void mentoringTheWriterOffersIsNotOpenEnded(String text) {
    assertThat(excerpts(text, "open-ended")).isEmpty();
  }
}
