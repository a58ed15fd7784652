package needle.asks.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import needle.asks.coach.Drafter.Exchange;
import needle.asks.coach.Drafter.Request;
import needle.ledger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrafterTest {
  private static final AskCoach COACH = AskCoach.standard();
  private static final Exchange DASHBOARD =
      Exchange.of(Kind.TOOL, "built the on-call dashboard her org now uses");
  private static final Exchange PROMOTION =
      Exchange.of(Kind.PROMOTION, "argued for my promotion to staff");
  private static final List<String> NAMES =
      List.of(
          "Greg", "Victoria", "Sharon", "Priya", "Omar", "Aiko", "Ana", "Dmitri", "Lena", "Tom");

  private static Request request(
      String first, Exchange gave, Exchange got, String ask, String offer) {
    return new Request(
        first + " Alvarez",
        first,
        Optional.ofNullable(gave),
        Optional.ofNullable(got),
        Optional.ofNullable(ask),
        Optional.ofNullable(offer),
        Drafter.DEFAULT_MINUTES);
  }

  @Test
  void greetsThePersonByFirstName() {
    String draft = Drafter.draft(request("Greg", DASHBOARD, PROMOTION, "an intro to Ana", null));

    assertThat(draft).startsWith("Hi Greg,\n\n");
  }

  @Test
  void recallsWhatYouGaveThemAndThanksThemForWhatTheyGave() {
    String draft = Drafter.draft(request("Greg", DASHBOARD, PROMOTION, "an intro to Ana", null));

    assertThat(draft).contains("Since I built the on-call dashboard your org now uses, ");
    assertThat(draft)
        .containsPattern("Thank(s| you) again for arguing for my promotion to staff\\.");
  }

  @Test
  void withNothingGivenTheThanksOpensTheDraft() {
    String draft = Drafter.draft(request("Greg", null, PROMOTION, "an intro to Ana", null));

    assertThat(draft).containsPattern("^Hi Greg,\n\nThank(s| you) again for arguing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "an intro to Ana on the payments team",
    "Could you review my promotion packet?",
    "refer me for the staff role on your team",
    "your notes on the storage RFC"
  })
  void statesTheAskInTheFirstTwoSentencesWhateverTheWording(String ask) {
    for (String name : NAMES) {
      String draft = Drafter.draft(request(name, DASHBOARD, PROMOTION, ask, "a free pilot"));
      String words = ask.replaceFirst("^Could you ", "").replaceAll("\\?$", "");

      int end = Draft.of(draft, Set.of()).endOfSentence(2);
      assertThat(draft.substring(0, end)).as(draft).contains(words);
    }
  }

  @Test
  void invitesACandidNoAndAsksForABoundedTime() {
    Request request =
        new Request(
            "Greg Alvarez",
            "Greg",
            Optional.of(DASHBOARD),
            Optional.empty(),
            Optional.of("an intro to Ana"),
            Optional.empty(),
            45);

    String draft = Drafter.draft(request);

    assertThat(draft).contains(Drafter.CANDID_NO);
    assertThat(draft).containsPattern("45 minutes this week( work for you)?\\?");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      an intro to Ana on the payments team      | review your team's hiring loop
      Could you review my promotion packet?     | a free pilot of the deploy tool
      sponsor my talk at the platform summit    | I'll write up the migration guide for your team
      a referral for the staff role at Northwind | introduce you to two strong SRE candidates
      your notes on the storage RFC             | pair with your team on the flaky test suite
      """)
  void isSmartWhenTheAskAndTheOfferAreGiven(String ask, String offer) {
    for (String name : NAMES) {
      for (Exchange gave : new Exchange[] {DASHBOARD, null}) {
        String draft = Drafter.draft(request(name, gave, PROMOTION, ask, offer));

        Verdict verdict = COACH.lint(draft);

        assertThat(verdict.smart()).as(draft + "\n" + verdict).isTrue();
        assertThat(verdict.findings())
            .as(draft)
            .noneMatch(f -> f.severity() == Severity.BAD)
            .anyMatch(f -> f.rule().equals("ask-up-front"))
            .anyMatch(f -> f.rule().equals("offer-value"))
            .anyMatch(f -> f.rule().equals("candid-no"))
            .anyMatch(f -> f.rule().equals("bounded-time"));
      }
    }
  }

  @Test
  void withoutAnOfferItOffersMoreOfWhatYouGaveBefore() {
    Exchange intro = Exchange.of(Kind.INTRODUCTION, "intro to a hiring manager");

    String draft = Drafter.draft(request("Greg", intro, null, "an intro to Ana", null));

    assertThat(draft)
        .containsPattern("In return, I('d be glad|'m happy) to make another introduction");
    assertThat(COACH.lint(draft).has("offer-value")).isTrue();
  }

  @Test
  void withNothingToOfferItLeavesAGapAndTheCoachSaysNothingIsOffered() {
    String draft = Drafter.draft(request("Greg", null, null, "an intro to Ana", null));

    assertThat(draft).contains(Drafter.OFFER_PLACEHOLDER);
    assertThat(Drafter.gaps(draft)).containsExactly(Drafter.OFFER_PLACEHOLDER);
    assertThat(COACH.lint(draft).has("no-offer")).isTrue();
  }

  @Test
  void withoutAnAskItLeavesAGapThatTheCoachDoesNotPraise() {
    String draft = Drafter.draft(request("Greg", DASHBOARD, null, null, "a free pilot"));

    assertThat(Drafter.gaps(draft)).containsExactly(Drafter.ASK_PLACEHOLDER);
    assertThat(COACH.lint(draft).has("ask-up-front")).isFalse();
  }

  @Test
  void theSameRequestAlwaysGivesTheSameDraftAndPeopleGetDifferentWordings() {
    Set<String> openings = new HashSet<>();
    for (String name : NAMES) {
      Request request = request(name, DASHBOARD, PROMOTION, "an intro to Ana", "a free pilot");
      String draft = Drafter.draft(request);

      assertThat(Drafter.draft(request)).isEqualTo(draft);
      openings.add(draft.substring(draft.indexOf("\n\n"), draft.indexOf("an intro to Ana")));
    }
    assertThat(openings).hasSizeGreaterThan(1);
  }

  @Test
  void refusesAnAskForNoTime() {
    assertThatThrownBy(
            () ->
                new Request(
                    "Greg",
                    "Greg",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("an intro"),
                    Optional.empty(),
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 minute");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      TOOL         | built the on-call dashboard her org now uses | I built the on-call dashboard your org now uses
      REFERRAL     | referred him to Globex                       | I referred you to Globex
      WIN          | shipped her roadmap item                     | I shipped your roadmap item
      PROMOTION    | stood up for her in the calibration          | I stood up for you in the calibration
      INTRODUCTION | intro to a hiring manager                    | I made the intro to a hiring manager
      INTRODUCTION | Ana at Stripe                                | I introduced you to Ana at Stripe
      ADVICE       | review of his RFC                            | I helped with the review of your RFC
      ADVICE       | salary negotiation                           | I helped with the salary negotiation
      TOOL         | a Terraform module for their staging stack   | I built a Terraform module for their staging stack
      FEEDBACK     | reviewing his conference talk                | I helped by reviewing your conference talk
      OTHER        | I covered her on-call shift.                 | I covered your on-call shift
      ENDORSEMENT  |                                              | I endorsed you
      JOB          |                                              | I helped you land your last role
      """)
  void recallsWhatYouGaveAsAClauseSpokenToThem(Kind kind, String note, String clause) {
    assertThat(Reminders.gave(Exchange.of(kind, note))).isEqualTo(clause);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      PROMOTION    | argued for my promotion to staff  | arguing for my promotion to staff
      RAISE        | pushed my raise through           | pushing my raise through
      SPONSORSHIP  | put me on the payments migration  | putting me on the payments migration
      REFERRAL     | referred me for the Globex role   | referring me for the Globex role
      WIN          | carried the launch with me        | carrying the launch with me
      DEAL         | agreed to co-sign the contract    | agreeing to co-sign the contract
      FEEDBACK     | candid review of my design doc    | the candid review of my design doc
      INTRODUCTION | intro to their CTO                | the intro to their CTO
      FEEDBACK     | portfolio critique                | the portfolio critique
      ADVICE       | vouching for me with his boss     | vouching for me with your boss
      ADVICE       |                                   | your advice
      PROMOTION    |                                   | arguing for my promotion
      """)
  void thanksThemForWhatTheyGaveAsAPhraseAfterFor(Kind kind, String note, String phrase) {
    assertThat(Reminders.got(Exchange.of(kind, note))).isEqualTo(phrase);
  }
}
