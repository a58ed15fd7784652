package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of asks found in mail, as a page ({@code /asks/review}) and in the API: it lists them
 * with their outcomes, accepts them into the asks, dismisses them, and each decision is undone from
 * its confirmation. The mail is {@link SentMail}'s, imported through the import page.
 */
class AsksReviewPageTest {
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
  void theReviewListsTheAsksFoundOldestFirstWithTheirOutcomes() {
    assertThat(SentMail.importInto(web).body())
        .contains("Found 3 asks in the messages you sent: <a href=\"/asks/review\">");

    HttpResponse<String> page = web.get("/asks/review");

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .contains("<title>Asks found in your mail · Needle</title>")
        .contains("Only the asks you accept count for openness")
        .contains("<strong>answered</strong>, they replied within 30 days")
        .contains("<strong>ignored</strong>, no reply after 30 days")
        .contains("<strong>open</strong>, sent less than 30 days ago")
        .contains("name=\"csrf\" value=\"" + web.csrf() + "\"")
        .contains(
            "<button type=\"submit\" name=\"action\" value=\"accept\">Accept selected</button>")
        .contains("value=\"dismiss\" class=\"secondary\">Dismiss selected</button>")
        .contains("value=\"accept-all\" class=\"secondary\">Accept all</button>");
    Map<String, Long> ids = ids();
    long ada = personId("Ada Lovelace");
    assertThat(body)
        .contains(
            "<td>2026-01-12</td>\n          <td><a href=\"/people/"
                + ada
                + "\">Ada Lovelace</a></td>")
        .contains("name=\"id\" value=\"" + ids.get(SentMail.ANSWERED) + "\"");
    assertThat(outcomes(body)).containsExactly("ignored", "answered", "open");
    assertThat(body.indexOf(SentMail.IGNORED))
        .isLessThan(body.indexOf(SentMail.ANSWERED))
        .isLessThan(body.indexOf(SentMail.OPEN));
    assertThat(body).doesNotContain("Thanks for lunch");
    assertThat(web.get("/asks").body())
        .contains("<a href=\"/asks/review\">3 asks found in your mail wait for review</a>");
  }

  @Test
  void withNothingToReviewThePageSaysHowToGetSuggestions() {
    String page = web.get("/asks/review").body();

    assertThat(page)
        .contains("No asks found in your mail wait for review.")
        .contains("import your mail")
        .contains("<a href=\"/import\">import page</a>")
        .doesNotContain("Accept selected");
    assertThat(web.get("/asks").body()).doesNotContain("found in your mail");
  }

  @Test
  void acceptingOneMakesItAnAskAndTakesItOffTheReview() {
    SentMail.importInto(web);
    long answered = ids().get(SentMail.ANSWERED);

    HttpResponse<String> accepted = decide("accept", answered);

    assertThat(accepted.statusCode()).isEqualTo(303);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/asks/review\\?done=\\d+");
    String review = web.get(location).body();
    assertThat(review)
        .contains("Done: accept 1 ask found in mail.")
        .contains("<button type=\"submit\">Undo</button>")
        .doesNotContain("id=\"found-" + answered + "\"")
        .contains(SentMail.IGNORED, SentMail.OPEN);
    String asks = web.get("/asks").body();
    assertThat(asks)
        .contains(SentMail.ANSWERED)
        .contains("answered on 2026-01-14")
        .contains("2 asks found in your mail wait for review");
    assertThat(web.asks()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("mail"));
  }

  @Test
  void dismissingTakesItOffAndTheUndoButtonBringsItBack() {
    SentMail.importInto(web);
    long ignored = ids().get(SentMail.IGNORED);

    String location = decide("dismiss", ignored).headers().firstValue("Location").orElseThrow();
    String review = web.get(location).body();
    assertThat(review)
        .contains("Done: dismiss 1 ask found in mail.")
        .doesNotContain(SentMail.IGNORED);
    assertThat(web.get("/asks").body())
        .doesNotContain(SentMail.IGNORED)
        .contains("2 asks found in your mail wait for review");
    assertThat(web.asks()).isEmpty();

    HttpResponse<String> undone =
        web.postForm("/undo", Map.of("step", step(review), "back", "/asks/review"), false);

    assertThat(undone.statusCode()).isEqualTo(303);
    assertThat(undone.headers().firstValue("Location").orElseThrow())
        .endsWith("&back=%2Fasks%2Freview");
    assertThat(web.get("/asks/review").body())
        .contains("id=\"found-" + ignored + "\"")
        .contains(SentMail.IGNORED);
  }

  @Test
  void aDecisionIsNoLongerUndoneFromItsPageOnceALaterChangeExists() {
    SentMail.importInto(web);
    Map<String, Long> ids = ids();
    String dismissed =
        decide("dismiss", ids.get(SentMail.IGNORED)).headers().firstValue("Location").orElseThrow();
    String step = step(web.get(dismissed).body());
    decide("accept", ids.get(SentMail.OPEN));

    assertThat(web.get(dismissed).body())
        .contains("Done: dismiss 1 ask found in mail.")
        .doesNotContain("name=\"step\"");
    HttpResponse<String> refused =
        web.postForm("/undo", Map.of("step", step, "back", "/asks/review"), false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("no longer the latest");
    assertThat(web.get("/asks/review").body()).doesNotContain(SentMail.IGNORED);
  }

  @Test
  void acceptAllTakesEveryAskAndLeavesTheEmptyReview() {
    SentMail.importInto(web);

    String location =
        web.postForm("/asks/review", Map.of("action", "accept-all"), false)
            .headers()
            .firstValue("Location")
            .orElseThrow();

    assertThat(web.get(location).body())
        .contains("Done: accept 3 asks found in mail.")
        .contains("No asks found in your mail wait for review.");
    assertThat(web.asks()).hasSize(3);
    assertThat(web.get("/asks").body()).doesNotContain("found in your mail wait");
    HttpResponse<String> again =
        web.postForm("/asks/review", Map.of("action", "accept-all"), false);
    assertThat(again.headers().firstValue("Location")).hasValue("/asks/review");
  }

  @Test
  void aDecisionWithoutTheTokenIsRefusedAndChangesNothing() {
    SentMail.importInto(web);
    long answered = ids().get(SentMail.ANSWERED);

    HttpResponse<String> refused =
        web.postFormRaw(
            "/asks/review", Map.of("action", "accept", "id", String.valueOf(answered)), false);
    HttpResponse<String> api =
        web.send(
            HttpRequest.newBuilder(web.uri("/api/asks/review"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"acceptAll\": true}")));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("security token is missing or out of date");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(ids()).hasSize(3);
    assertThat(web.asks()).isEmpty();
  }

  @Test
  void theFormsMistakesAreSentencesAndChangeNothing() {
    SentMail.importInto(web);
    long answered = ids().get(SentMail.ANSWERED);
    decide("accept", answered);

    HttpResponse<String> none = web.postForm("/asks/review", Map.of("action", "dismiss"), false);
    HttpResponse<String> unknown = decide("accept", 999);
    HttpResponse<String> twice = decide("dismiss", answered);
    HttpResponse<String> garbled =
        web.postForm("/asks/review", Map.of("action", "accept", "id", "x1"), false);
    HttpResponse<String> action =
        web.postForm("/asks/review", Map.of("action", "keep", "id", "1"), false);

    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("no asks were ticked: tick the ones to dismiss");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .contains("there is no ask found in mail with id 999 (the review page lists them)");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body())
        .contains("the ask found in mail with id " + answered + " was accepted already");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(garbled.body()).contains("\"x1\" is not the id of an ask found in mail");
    assertThat(action.statusCode()).isEqualTo(400);
    assertThat(action.body())
        .contains("action \"keep\" is not one of accept, dismiss or accept-all");
    assertThat(ids()).hasSize(2);
    assertThat(web.asks()).hasSize(1);
  }

  @Test
  void theApiListsAcceptsAndDismissesTheAsksFoundInMail() {
    SentMail.importInto(web);

    JsonNode rows = WebFixture.json(web.get("/api/asks/review"));

    assertThat(rows).hasSize(3);
    JsonNode answered = rows.get(1);
    assertThat(answered.fieldNames())
        .toIterable()
        .containsExactly("id", "person", "personId", "on", "text", "messageId", "outcome");
    assertThat(answered.get("person").asText()).isEqualTo("Ada Lovelace");
    assertThat(answered.get("personId").asLong()).isEqualTo(personId("Ada Lovelace"));
    assertThat(answered.get("on").asText()).isEqualTo("2026-01-12");
    assertThat(answered.get("text").asText()).isEqualTo(SentMail.ANSWERED);
    assertThat(answered.get("messageId").asText()).isEqualTo("<a1@example.org>");
    assertThat(rows.findValuesAsText("outcome")).containsExactly("ignored", "answered", "open");

    HttpResponse<String> accepted =
        web.postJson("/api/asks/review", Map.of("accept", List.of(answered.get("id").asLong())));
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(WebFixture.json(accepted).toString()).isEqualTo("[" + answered + "]");
    long ignored = rows.get(0).get("id").asLong();
    HttpResponse<String> dismissed =
        web.postJson("/api/asks/review", Map.of("dismiss", List.of(ignored)));
    assertThat(WebFixture.json(dismissed).get(0).get("outcome").asText()).isEqualTo("ignored");
    assertThat(WebFixture.json(web.get("/api/undo")).get(0).get("change").asText())
        .isEqualTo("dismiss 1 ask found in mail");
    HttpResponse<String> all = web.postJson("/api/asks/review", Map.of("acceptAll", true));
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(WebFixture.json(all).findValuesAsText("text")).containsExactly(SentMail.OPEN);
    assertThat(WebFixture.json(web.get("/api/asks/review"))).isEmpty();
    assertThat(web.asks()).hasSize(2);
  }

  @Test
  void theApiAnswersItsMistakesWithASentence() {
    SentMail.importInto(web);
    long answered = ids().get(SentMail.ANSWERED);
    web.postJson("/api/asks/review", Map.of("accept", List.of(answered)));
    Map<String, Object> twoActions = new LinkedHashMap<>();
    twoActions.put("accept", List.of(answered));
    twoActions.put("dismiss", List.of(answered));
    List<Long> withNull = new ArrayList<>();
    withNull.add(null);

    Map<String, Integer> statuses = new HashMap<>();
    Map<String, String> errors = new HashMap<>();
    Map<String, Object> bodies = new LinkedHashMap<>();
    bodies.put("unknown", Map.of("accept", List.of(999)));
    bodies.put("twice", Map.of("dismiss", List.of(answered)));
    bodies.put("two actions", twoActions);
    bodies.put("no action", Map.of());
    bodies.put("acceptAll false", Map.of("acceptAll", false));
    bodies.put("no ids", Map.of("accept", List.of()));
    bodies.put("null id", Map.of("accept", withNull));
    bodies.put("unknown field", Map.of("keep", List.of(1)));
    bodies.forEach(
        (name, body) -> {
          HttpResponse<String> response = web.postJson("/api/asks/review", body);
          statuses.put(name, response.statusCode());
          JsonNode error = WebFixture.json(response);
          assertThat(error.fieldNames()).as(name).toIterable().containsExactly("error");
          errors.put(name, error.get("error").asText());
        });

    assertThat(statuses)
        .containsEntry("unknown", 404)
        .containsEntry("twice", 400)
        .containsEntry("two actions", 400)
        .containsEntry("no action", 400)
        .containsEntry("acceptAll false", 400)
        .containsEntry("no ids", 400)
        .containsEntry("null id", 400)
        .containsEntry("unknown field", 400);
    assertThat(errors.get("unknown"))
        .isEqualTo("there is no ask found in mail with id 999 (the review page lists them)");
    assertThat(errors.get("twice"))
        .isEqualTo("the ask found in mail with id " + answered + " was accepted already");
    assertThat(errors.get("two actions"))
        .isEqualTo(
            "the body gives one action (expected {\"accept\": [ids]}, {\"dismiss\": [ids]} or"
                + " {\"acceptAll\": true})")
        .isEqualTo(errors.get("no action"))
        .isEqualTo(errors.get("acceptAll false"));
    assertThat(errors.get("no ids")).startsWith("no asks were chosen to accept");
    assertThat(errors.get("null id")).contains("no null");
    assertThat(errors.get("unknown field")).contains("unknown field \"keep\"");
    assertThat(errors.values()).allSatisfy(e -> assertThat(e).doesNotContain("needle.", "$"));
    assertThat(ids()).hasSize(2);
  }

  /** Posts the review form's {@code action} on {@code id}. */
  private HttpResponse<String> decide(String action, long id) {
    return web.postForm("/asks/review", Map.of("action", action, "id", String.valueOf(id)), false);
  }

  /** The ids of the asks waiting for review, by their text. */
  private Map<String, Long> ids() {
    Map<String, Long> ids = new HashMap<>();
    WebFixture.json(web.get("/api/asks/review"))
        .forEach(row -> ids.put(row.get("text").asText(), row.get("id").asLong()));
    return ids;
  }

  private long personId(String name) {
    return web.people().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  /** The outcomes the review's rows show, in order. */
  private static List<String> outcomes(String page) {
    return Pattern.compile("class=\"outcome outcome-([a-z]+)\"")
        .matcher(page)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  /** The change the confirmation's undo button names. */
  private static String step(String page) {
    return page.replaceAll("(?s).*name=\"step\" value=\"(\\d+)\".*", "$1");
  }
}
