package needle.asks.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskFinderTest {
  private final AskFinder finder = AskFinder.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Could you send me the Q3 numbers by Friday?",
        "Can you review the attached draft",
        "Please review the term sheet and get back to me.",
        "What do you think?",
        "Do you know who handles the Calpine contract",
        "Let me know when you are free next week.",
        "I need your view on which of these deals need to go through the board:",
        "Would you mind forwarding this to Kay.",
        "Mark, go ahead and give Dave a call to discuss strategy.",
        "I would suggest that we have no quotes in the press release.",
        "Just wondering if the deal closed.",
        "Have you called Nigel and told him about the interviews.",
        "Any thoughts?",
        "Thanks for the update - can you also send the model?",
      })
  void requestsAndQuestionsToTheReaderAreAsks(String sentence) {
    assertThat(finder.asks(sentence)).as(sentence).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Let me know if you have any questions.",
        "Please call if you have questions.",
        "Please call or email with comments.",
        "Feel free to call me anytime.",
        "How are you?",
        "Hope all is well.",
        "Thanks for the update.",
        "Please see attached.",
        "Please note the new date.",
        "The deal closed yesterday at 3pm.",
        "Regards",
        "If you need anything else, let me know.",
      })
  void pleasantriesOffersAndStatementsAreNot(String sentence) {
    assertThat(finder.asks(sentence)).as(sentence).isFalse();
  }

  @Test
  void theFirstAskingSentenceOfAMessageIsQuoted() {
    String text =
        """
        John, thanks for the note.

        The numbers look fine to me.  Could you send the final version
        to Louise before the meeting?  She will want it.

        Regards
        Dave
        """;

    assertThat(finder.first(text))
        .contains("Could you send the final version to Louise before the meeting?");
  }

  @Test
  void aMessageWithoutAnAskHasNone() {
    assertThat(finder.first("FYI\n\nThe meeting moved to 3pm.\n\nThanks\nDave")).isEmpty();
    assertThat(finder.first("")).isEqualTo(Optional.empty());
  }

  @Test
  void aLongSentenceIsCut() {
    String text = "Could you " + "send the report and the model and the notes ".repeat(20) + "?";

    assertThat(finder.first(text).orElseThrow())
        .hasSize(AskFinder.MAX_TEXT)
        .startsWith("Could you send")
        .endsWith("…");
  }

  @Test
  void quotedAndForwardedTextIsNotTheWriters() {
    String body =
        """
        Sounds good to me.

        -----Original Message-----
        From: Smith, Ann
        Sent: Monday, May 14, 2001 9:02 AM
        To: Kitchen, Louise
        Subject: RE: plan

        Can you send me the plan?
        """;

    assertThat(OwnText.of(body)).isEqualTo("Sounds good to me.");
    assertThat(finder.first(OwnText.of(body))).isEmpty();
  }

  @Test
  void lotusNotesForwardsAndQuotedLinesAreCutToo() {
    String lotus =
        """
        Kay, please have Jordan forward this in hard copy.

        ---------------------- Forwarded by David W Delainey/HOU/ECT on 08/02/2000
        03:57 PM ---------------------------
        Can you approve this expense report?
        """;
    String quoted = "I agree.\n> Could you call me?\n> Thanks\n";
    String replyHeader =
        "Fine by me.\n\nOn Mon, 14 May 2001, Ann Smith wrote:\n> Would you join us?\n";
    String signature = "See you then.\n-- \nCould you believe it? Dave's signature\n";

    assertThat(OwnText.of(lotus)).isEqualTo("Kay, please have Jordan forward this in hard copy.");
    assertThat(OwnText.of(quoted)).isEqualTo("I agree.");
    assertThat(OwnText.of(replyHeader)).isEqualTo("Fine by me.");
    assertThat(OwnText.of(signature)).isEqualTo("See you then.");
  }

  @Test
  void aBadPatternFileNamesTheLine() {
    assertThatThrownBy(() -> AskFinder.parse("asking.txt", "ask \\bcan you\nmaybe this"))
        .hasMessageContaining("asking.txt:2")
        .hasMessageContaining("expected \"ask PATTERN\" or \"not PATTERN\"");
    assertThatThrownBy(() -> AskFinder.parse("asking.txt", "not (unclosed"))
        .hasMessageContaining("asking.txt:1: bad pattern");
  }
}
