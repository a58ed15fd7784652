package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each family of rules finds what it should and points at exactly the words it is about. */
class RuleFamiliesTest {
  private static final AskCoach COACH = AskCoach.standard();

  static List<String> excerpts(String text, String rule) {
    return COACH.lint(text).findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(f -> f.excerpt(text))
        .toList();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Honestly there's no agenda, I just want to chat.        | vague-meeting | no agenda
          No pressure either way.                                 | candid-no     | No pressure
          If you'd rather pass, no hard feelings.                 | candid-no     | no hard feelings
          Don't hesitate to say no.                               | candid-no     | say no
          I'm asking for a job on your team.                      | open-ended    | asking for a job
          Let's hop on a call.                                    | vague-meeting | hop on a call
          I can't offer much in return, but I'll send the notes.  | offer-value   | I'll send
          """)
  void negationDecidesWhetherAPhraseCounts(String text, String rule, String span) {
    assertThat(excerpts(text, rule)).containsExactly(span);
  }

  @ParameterizedTest(name = "no {1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'm not asking for a job, only a referral for req 4471.   | open-ended
          I'm not looking for mentorship.                           | open-ended
          No need to hop on a call; a reply is enough.              | vague-meeting
          We never grab coffee without a reason.                    | vague-meeting
          I can't offer much in return.                             | offer-value
          Let's hop on a call to walk through the pricing numbers.  | vague-meeting
          Could we catch up on the Q3 budget before Monday?         | vague-meeting
          """)
  void negatedOrPurposefulPhrasesDoNotCount(String text, String rule) {
    assertThat(excerpts(text, rule)).isEmpty();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Could you give me 30 minutes on Thursday?          | 30 minutes on Thursday
          Would half an hour work?                           | half an hour
          It needs 15 min of your attention.                 | 15 min
          Can you spare an hour?                             | an hour
          One 45-minute session is enough.                   | 45-minute
          I need a yes or no by Friday.                      | by Friday
          Can you look at it before the 12th?                | before the 12th
          It is a two-page summary.                          | two-page summary
          """)
  void boundedTimeFindsAmountsOfTimeAndDeadlines(String text, String span) {
    assertThat(excerpts(text, "bounded-time")).containsExactly(span);
  }

  @ParameterizedTest(name = "no bounded time in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          It saves 10 hours a week.
          We cut triage from 4 hours to one.
          Wow, it's been a minute since we talked.
          Nurses work 12-hour shifts.
          """)
  void timeThatIsABenefitOrAnAsideIsNotABoundedRequest(String text) {
    assertThat(excerpts(text, "bounded-time")).isEmpty();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          It cuts build time by 50%.                         | 50%
          It will cut the review time in half.               | in half
          Deploys get 2x faster.                             | 2x faster
          It saves us $10k a year.                           | saves us $10k
          It takes 10 hours a week off your plate.           | 10 hours a week
          Renewals went from 40 to 310 accounts.             | from 40 to 310
          Vendor B is $40k cheaper.                          | $40k cheaper
          It brought in $1.2M in new revenue.                | brought in $1.2M
          """)
  void quantifiedBenefitFindsNumbersThatShowValue(String text, String span) {
    assertThat(excerpts(text, "quantified-benefit")).containsExactly(span);
  }

  @ParameterizedTest(name = "no benefit in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'd like a raise to $142k.
          I'd like to ask one more favor.
          I moved from a startup to a bank.
          """)
  void amountsThatAreNoBenefitToTheReaderDoNotCount(String text) {
    assertThat(excerpts(text, "quantified-benefit")).isEmpty();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Would you be willing to review it?                 | Would you be willing to review it?
          Can you sign off by Friday?                        | Can you sign off by Friday?
          A yes or no is all I need.                         | A yes or no
          Ok if I merge it tonight?                          | Ok if I merge it tonight?
          Reply with a number and I'll take it from there.   | Reply with a number
          """)
  void decisionQuestionsAskForAYesOrANo(String text, String span) {
    assertThat(excerpts(text, "decision-question")).containsExactly(span);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I would love to connect.                           | vague-meeting | connect
          Are you open to connecting?                        | vague-meeting | connecting
          Would you be my mentor?                            | open-ended    | be my mentor
          Are you open to mentoring me?                      | open-ended    | mentoring me
          I am looking for mentorship.                       | open-ended    | mentorship
          Your talks inspire me.                             | flattery      | inspire
          Your talk was so inspiring.                        | flattery      | inspiring
          You are my inspiration.                            | flattery      | inspiration
          Could you introduce me to Dana?                    | ask-up-front  | Could you introduce
          Would you be open to introducing me to Dana?       | ask-up-front  | Would you be open to introducing
          Would you consider referring me for the role?      | ask-up-front  | Would you consider referring
          """)
  void inflectionsOfAWordAreFoundAlike(String text, String rule, String span) {
    assertThat(excerpts(text, rule)).containsExactly(span);
  }

  @ParameterizedTest(name = "no {1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Could you connect me with Dana?                   | vague-meeting
          I can connect you with two vendors.               | vague-meeting
          You mentored me through my first year.            | open-ended
          I need a referral for the Amazon role.            | flattery
          """)
  void lookalikesAreNotMistakenForTheWord(String text, String rule) {
    assertThat(excerpts(text, rule)).isEmpty();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Please reply!!!                                    | shouting | !!!
          Would love to see if you are open to it!!!!1       | shouting | !!!!1
          Can you help???                                    | shouting | ???
          This is URGENT, please read.                       | all-caps | URGENT
          """)
  void shoutingIsFoundInMarksAndCapitals(String text, String rule, String span) {
    assertThat(excerpts(text, rule)).containsExactly(span);
  }

  @ParameterizedTest(name = "no shouting in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Thanks!
          Our HIPAA and GDPR reviews are done; see the README.
          The AWS bill went down.
          """)
  void singleMarksAndAcronymsAreNotShouting(String text) {
    assertThat(excerpts(text, "shouting")).isEmpty();
    assertThat(excerpts(text, "all-caps")).isEmpty();
  }
}
