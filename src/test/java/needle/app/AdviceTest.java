package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.people.Person;
import needle.scoring.Action;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advice agrees with itself: each person once in today's moves, under the most urgent move;
 * never "ask" right after a candid no; reasons that quote the events behind the points.
 */
class AdviceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @TempDir Path folder;

  private Scope scope;

  @BeforeEach
  void open() {
    scope =
        new Scope(
            Ledger.open(TestDatabases.sqliteFile(folder)),
            Policy.defaults(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private Person person(String name) {
    return Journal.addPerson(scope, Person.named(name));
  }

  private void time(String name, int daysAgo, double minutes) {
    Journal.logTime(
        scope,
        Journal.Who.named(name),
        TODAY.minusDays(daysAgo),
        minutes,
        Channel.MEETING,
        null,
        "test");
  }

  private void value(String name, LocalDate on, Direction direction, Kind kind, String note) {
    Journal.logValue(
        scope, Journal.Who.named(name), on, new Journal.Value(direction, kind, null, note), "test");
  }

  private Ask ask(String name, LocalDate on, String text) {
    return Journal.ask(scope, Journal.Who.named(name), on, AskDirection.ASKED, text, "test");
  }

  private List<Moves.Move> movesOf(String name, LocalDate asOf) {
    return Moves.of(scope, asOf).stream().filter(m -> m.name().equals(name)).toList();
  }

  /** A CEO I spend hours with, who gives nothing and leaves my ask open: follow up or cut back? */
  @Test
  void aPersonIsListedOnceUnderTheMostUrgentMoveWithTheOthersAsReasons() {
    Journal.addPerson(scope, Person.named("Victoria").withTitle("Chief Executive Officer"));
    time("Victoria", 100, 600);
    ask("Victoria", TODAY.minusDays(45), "review my platform proposal");

    List<Moves.Move> hers = movesOf("Victoria", TODAY);

    assertThat(hers).hasSize(1);
    Moves.Move move = hers.get(0);
    assertThat(move.move()).isEqualTo("follow-up");
    assertThat(move.why()).contains("review my platform proposal", "45 days");
    assertThat(move.also())
        .singleElement()
        .asString()
        .startsWith("reduce: status-based: 10.0 h invested");
  }

  @Test
  void theMovesComeInTheOrderOfUrgency() {
    Journal.addPerson(scope, Person.named("Victoria").withTitle("Chief Executive Officer"));
    time("Victoria", 100, 600);
    ask("Victoria", TODAY.minusDays(45), "review my platform proposal");
    person("Kyle");
    value("Kyle", TODAY.minusDays(20), Direction.GAVE, Kind.REFERRAL, "referred him to Globex");
    value("Kyle", TODAY.minusDays(10), Direction.GAVE, Kind.INTRODUCTION, null);
    Journal.addPerson(scope, Person.named("Hank").withTitle("Vice President of Sales"));
    time("Hank", 30, 400);
    person("Dana");
    value("Dana", TODAY.minusDays(800), Direction.GOT, Kind.ADVICE, null);

    List<String> kinds = Moves.of(scope, TODAY).stream().map(Moves.Move::move).toList();

    assertThat(kinds).containsExactly("follow-up", "ask", "reconnect", "reduce");
    for (Moves.Move m : Moves.of(scope, TODAY)) {
      assertThat(Profile.of(scope, m.name(), TODAY).advice().move())
          .as("the person page of " + m.name())
          .isEqualTo(m.move());
    }
    assertThat(kinds)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(k -> Advice.URGENCY.indexOf(k)));
  }

  /** I gave more than I got, so DESIGN's action is "ask"; but they said no three weeks ago. */
  @Test
  void noAskWithinTheWindowAfterACandidNo() {
    person("Greg");
    time("Greg", 60, 180);
    value("Greg", TODAY.minusDays(60), Direction.GAVE, Kind.INTRODUCTION, "intro to a founder");
    Ask no = ask("Greg", TODAY.minusDays(30), "an intro to his VP");
    Journal.resolve(scope, no.id(), Outcome.DECLINED, TODAY.minusDays(21));

    Score ranked = Ranking.rank(scope, Ranking.Query.all(TODAY)).rows().get(0);
    Moves.Move move = movesOf("Greg", TODAY).get(0);
    Profile profile = Profile.of(scope, "Greg", TODAY);

    assertThat(ranked.action()).isEqualTo(Action.ASK);
    assertThat(move.move()).isEqualTo("give");
    assertThat(move.why())
        .contains("declined your ask \"an intro to his VP\" on 2026-11-09")
        .contains("no sooner than 2027-02-07");
    assertThat(profile.score().action()).isEqualTo(Action.ASK);
    assertThat(profile.advice().move()).isEqualTo("give");
    assertThat(profile.advice().why()).contains("an intro to his VP", "2026-11-09");
  }

  @Test
  void theWindowIsThePersonsCadenceAndTheAskComesBackAfterIt() {
    Journal.addPerson(scope, Person.named("Greg").toBuilder().cadenceDays(30).build());
    time("Greg", 60, 180);
    value("Greg", TODAY.minusDays(60), Direction.GAVE, Kind.INTRODUCTION, "intro to a founder");
    time("Greg", 5, 30);
    Ask no = ask("Greg", TODAY.minusDays(45), "an intro to his VP");
    Journal.resolve(scope, no.id(), Outcome.DECLINED, TODAY.minusDays(40));

    assertThat(movesOf("Greg", TODAY.minusDays(20)).get(0).move()).isEqualTo("give");
    assertThat(movesOf("Greg", TODAY).get(0).move()).isEqualTo("ask");
    assertThat(Profile.of(scope, "Greg", TODAY).advice().move()).isEqualTo("ask");
  }

  @Test
  void anIgnoredAskIsNoCandidNo() {
    person("Greg");
    time("Greg", 60, 180);
    value("Greg", TODAY.minusDays(60), Direction.GAVE, Kind.INTRODUCTION, null);
    Ask ignored = ask("Greg", TODAY.minusDays(30), "an intro to his VP");
    Journal.resolve(scope, ignored.id(), Outcome.IGNORED, TODAY.minusDays(21));

    assertThat(movesOf("Greg", TODAY).get(0).move()).isEqualTo("ask");
  }

  /** They take (I gave far more) and they said no: giving even more is not the move either. */
  @Test
  void aTakerWhoSaidNoIsWaitedFor() {
    person("Kyle");
    value("Kyle", TODAY.minusDays(90), Direction.GAVE, Kind.REFERRAL, "referred him to Globex");
    value("Kyle", TODAY.minusDays(80), Direction.GAVE, Kind.INTRODUCTION, null);
    Ask no = ask("Kyle", TODAY.minusDays(30), "a reference for my new role");
    Journal.resolve(scope, no.id(), Outcome.DECLINED, TODAY.minusDays(28));

    Moves.Move move = movesOf("Kyle", TODAY).get(0);

    assertThat(move.move()).isEqualTo("wait");
    assertThat(move.why())
        .contains("\"a reference for my new role\" on 2026-11-02", "wait until 2027-01-31");
    assertThat(move.askId()).isNull();
  }

  @Test
  void reasonsQuoteTheLargestEventsWithTheirNotesAndMonths() {
    person("Mark");
    time("Mark", 200, 120);
    value(
        "Mark",
        LocalDate.of(2026, 10, 14),
        Direction.GOT,
        Kind.PROMOTION,
        "argued for your promotion");
    value("Mark", LocalDate.of(2026, 3, 2), Direction.GOT, Kind.SPONSORSHIP, null);
    value("Mark", LocalDate.of(2026, 9, 1), Direction.GOT, Kind.ADVICE, "resume review");
    value("Mark", LocalDate.of(2026, 1, 20), Direction.GAVE, Kind.ADVICE, "prep for his talk");

    Profile profile = Profile.of(scope, "Mark", TODAY);
    Moves.Move move = movesOf("Mark", TODAY).get(0);
    Score ranked = Ranking.rank(scope, Ranking.Query.all(TODAY)).rows().get(0);

    String quote =
        "most received: argued for your promotion (Oct 2026), sponsorship (Mar 2026);"
            + " most given: prep for his talk (Jan 2026)";
    assertThat(profile.score().reasons().get(1)).isEqualTo(quote);
    assertThat(profile.score().reasons().get(0))
        .startsWith("gave 0.7 points, got 12.4 (balance 0.94): you take");
    assertThat(move.why()).contains(quote);
    assertThat(ranked.reasons()).doesNotContain(quote);
    assertThat(ranked.relationshipClass()).isEqualTo(profile.score().relationshipClass());
  }

  @Test
  void eventsAfterTheDateAreNotQuoted() {
    person("Mark");
    value("Mark", LocalDate.of(2026, 10, 14), Direction.GOT, Kind.PROMOTION, "argued for you");
    value("Mark", LocalDate.of(2026, 3, 2), Direction.GOT, Kind.ADVICE, "resume review");

    Profile profile = Profile.of(scope, "Mark", LocalDate.of(2026, 6, 1));

    assertThat(profile.score().reasons()).contains("most received: resume review (Mar 2026)");
  }
}
