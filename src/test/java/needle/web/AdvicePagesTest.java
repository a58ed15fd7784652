package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's moves, the person page and the API give one piece of advice per person. */
class AdvicePagesTest {
  @TempDir Path folder;
  WebFixture web;
  long greg;

  @BeforeEach
  void start() {
    LocalDate today = WebFixture.TODAY;
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  Person p = s.addPerson(Person.named("Greg Alvarez"));
                  greg = p.id().value();
                  s.log(
                      new TimeEntry(
                          0, p.id(), today.minusDays(40), 150, Channel.MEETING, "test", null));
                  s.log(
                      new ValueEvent(
                          0,
                          p.id(),
                          LocalDate.of(2026, 1, 20),
                          Direction.GAVE,
                          Kind.INTRODUCTION,
                          null,
                          "intro to a founder",
                          "test"));
                  s.log(
                      new Ask(
                          null,
                          p.id(),
                          today.minusDays(20),
                          AskDirection.ASKED,
                          "an intro to his VP",
                          Outcome.DECLINED,
                          today.minusDays(12),
                          "test"));
                });
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void theDashboardsMovesSayGiveAfterACandidNoAndTheTableKeepsTheRankedAction() {
    String body = web.get("/").body();
    JsonNode ranked = WebFixture.json(web.get("/api/rank"));

    assertThat(body)
        .contains("<span class=\"move move-give\">give</span>")
        .contains("they declined your ask ", "an intro to his VP", " on 2026-02-18 (a candid no)")
        .doesNotContain("move-ask");
    assertThat(ranked.get(0).get("action").asText()).isEqualTo("ask");
  }

  @Test
  void thePersonPageSaysTheSameMoveAndQuotesTheEvents() {
    String body = web.get("/people/" + greg).body();

    assertThat(body)
        .contains("<strong class=\"next-move\">give</strong> (ranked: ask)")
        .contains("they declined your ask")
        .contains("<li>most given: intro to a founder (Jan 2026)</li>");
  }

  @Test
  void theApiListsTheMoveWithWaitInItsSchema() {
    JsonNode moves = WebFixture.json(web.get("/api/today"));

    assertThat(moves).hasSize(1);
    assertThat(moves.get(0).get("move").asText()).isEqualTo("give");
    assertThat(moves.get(0).get("also").isArray()).isTrue();
  }
}
