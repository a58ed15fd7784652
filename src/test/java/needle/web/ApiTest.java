package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import needle.app.Json;
import needle.app.ScoreRow;
import needle.demo.DemoStory;
import needle.scoring.Policy;
import needle.scoring.Scorer;
import needle.scoring.SortKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void peopleAreAddedListedAndShown() {
    HttpResponse<String> added =
        web.postJson(
            "/api/people",
            Map.of(
                "name",
                "Ada Lovelace",
                "title",
                "VP Engineering",
                "emails",
                List.of("ada@example.org")));
    long id = WebFixture.json(added).get("id").asLong();

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(WebFixture.json(web.get("/api/people")).get(0).get("level").asInt()).isEqualTo(5);
    JsonNode shown = WebFixture.json(web.get("/api/people/" + id));
    assertThat(shown.get("emails").get(0).asText()).isEqualTo("ada@example.org");
    assertThat(shown.get("score").get("class").asText()).isEqualTo("new");
  }

  @Test
  void timeValuesAndAsksAreLoggedAndAsksResolved() {
    long id =
        WebFixture.json(web.postJson("/api/people", Map.of("name", "Ada"))).get("id").asLong();

    assertThat(
            web.postJson("/api/people/" + id + "/time", Map.of("minutes", 90, "channel", "lunch"))
                .statusCode())
        .isEqualTo(201);
    for (String direction : List.of("gave", "got", "joint")) {
      assertThat(
              web.postJson(
                      "/api/people/" + id + "/values",
                      Map.of("direction", direction, "kind", "advice"))
                  .statusCode())
          .isEqualTo(201);
    }
    JsonNode ask =
        WebFixture.json(web.postJson("/api/asks", Map.of("personId", id, "text", "an intro")));
    JsonNode resolved =
        WebFixture.json(
            web.postJson(
                "/api/asks/" + ask.get("id").asLong() + "/resolve", Map.of("outcome", "granted")));

    assertThat(resolved.get("outcome").asText()).isEqualTo("granted");
    JsonNode shown = WebFixture.json(web.get("/api/people/" + id));
    assertThat(shown.get("time")).hasSize(1);
    assertThat(shown.get("values")).hasSize(3);
    assertThat(WebFixture.json(web.get("/api/asks?open=true"))).isEmpty();
  }

  @Test
  void rankAnswersExactlyTheRowsOfRankJson() throws Exception {
    web.with(s -> DemoStory.write(s, WebFixture.TODAY));
    var histories = web.ledger.read(s -> s.histories());
    var expected =
        new Scorer(Policy.defaults())
            .rank(histories, WebFixture.TODAY, SortKey.STRENGTH).stream()
                .map(ScoreRow::of)
                .toList();

    JsonNode actual = WebFixture.json(web.get("/api/rank?asOf=2026-03-02&by=strength"));

    assertThat(actual)
        .isEqualTo(Json.mapper().readTree(Json.mapper().writeValueAsString(expected)));
  }

  @Test
  void todayListsTheMoves() {
    web.with(s -> DemoStory.write(s, WebFixture.TODAY));

    JsonNode moves = WebFixture.json(web.get("/api/today?asOf=2026-03-02"));

    assertThat(moves.findValuesAsText("move")).contains("follow-up", "reduce");
  }

  @Test
  void errorsAreJsonWithTheRightStatus() {
    HttpResponse<String> unknown = web.get("/api/people/42");
    HttpResponse<String> badDate = web.get("/api/rank?asOf=yesterday");
    HttpResponse<String> badDirection =
        web.postJson("/api/people/42/values", Map.of("direction", "stole", "kind", "job"));
    HttpResponse<String> badJson =
        web.send(
            HttpRequest.newBuilder(web.uri("/api/people"))
                .header("X-CSRF-Token", web.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{name:")));

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(WebFixture.json(unknown).get("error").asText())
        .isEqualTo("there is no person with id 42");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(WebFixture.json(badDate).get("error").asText())
        .contains("is not a date (expected YYYY-MM-DD");
    assertThat(badDirection.statusCode()).isEqualTo(400);
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(web.get("/api/nothing").statusCode()).isEqualTo(404);
    assertThat(WebFixture.json(web.get("/api/nothing")).get("error").asText())
        .isEqualTo("there is no page at this address");
  }

  @Test
  void aPostWithoutTheTokenIsForbidden() {
    HttpResponse<String> response =
        web.send(
            HttpRequest.newBuilder(web.uri("/api/people"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Mallory\"}")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(WebFixture.json(response).get("error").asText()).isNotBlank();
    assertThat(web.people()).isEmpty();
  }

  @Test
  void aDuplicateNameIsBadInputWithTheLedgersMessage() {
    web.postJson("/api/people", Map.of("name", "Ada"));

    HttpResponse<String> again = web.postJson("/api/people", Map.of("name", "ada"));

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(WebFixture.json(again).get("error").asText()).contains("already in the ledger");
  }
}
