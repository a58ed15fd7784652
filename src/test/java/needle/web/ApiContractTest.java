package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import needle.demo.DemoStory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the API, each request and each answer (errors too) checked against the OpenAPI
 * document by a validator that knows nothing of Needle (Atlassian's swagger-request-validator):
 * what the document promises is what the API does.
 */
class ApiContractTest {
  @TempDir Path folder;
  WebFixture web;
  OpenApiInteractionValidator validator;
  final Set<String> exercised = new TreeSet<>();

  @BeforeEach
  void start() {
    web = WebFixture.start(folder).with(s -> DemoStory.write(s, WebFixture.TODAY));
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(
                web.get("/api/openapi.json").body())
            .build();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void everyOperationAnswersAsTheDocumentSays() {
    call("GET", "/api/openapi.json", null, 200);
    call("GET", "/api/csrf", null, 200);
    assertThat(call("GET", "/api/people?q=a&limit=5", null, 200)).hasSizeLessThanOrEqualTo(5);
    JsonNode rank = call("GET", "/api/rank?asOf=2026-03-02&by=strength", null, 200);
    // The rows where nobody takes more carry direction null, which the document allows.
    assertThat(rank.findValues("direction")).anyMatch(JsonNode::isNull);
    assertThat(rank.findValues("direction")).anyMatch(JsonNode::isTextual);
    call("GET", "/api/today?asOf=2026-03-02", null, 200);

    // Sent to others than the people this test adds by name.
    String mail =
        SentMail.MBOX
            .replace("Ada Lovelace", "Mary Somerville")
            .replace("ada@", "mary@")
            .replace("Grace Hopper", "Emmy Noether")
            .replace("grace@", "emmy@");
    imported("mbox", "sent.mbox", mail, Map.of("me", SentMail.ME));
    JsonNode found = call("GET", "/api/asks/review", null, 200);
    assertThat(found).hasSize(3);
    long first = found.get(0).get("id").asLong();
    long second = found.get(1).get("id").asLong();
    call("POST", "/api/asks/review", Map.of("accept", List.of(first)), 200);
    call("POST", "/api/asks/review", Map.of("dismiss", List.of(second)), 200);
    JsonNode twice = call("POST", "/api/asks/review", Map.of("accept", List.of(second)), 400);
    assertThat(twice.get("error").asText()).endsWith("was dismissed already");
    assertThat(call("POST", "/api/asks/review", Map.of("acceptAll", true), 200)).hasSize(1);

    long ada = call("POST", "/api/people", Map.of("name", "Ada Lovelace"), 201).get("id").asLong();
    long grace =
        call(
                "POST",
                "/api/people",
                Map.of("name", "Grace Hopper", "emails", List.of("g@x.org")),
                201)
            .get("id")
            .asLong();
    Map<String, Object> edit = new HashMap<>();
    edit.put("title", "VP Engineering");
    edit.put("tags", List.of("mentor"));
    edit.put("notes", null);
    edit.put("firstMet", "2024-05-01");
    JsonNode edited = call("PATCH", "/api/people/" + ada, edit, 200);
    assertThat(edited.get("level").asInt()).isEqualTo(5);
    assertThat(edited.get("tags").get(0).asText()).isEqualTo("mentor");

    long time =
        call("POST", "/api/people/" + ada + "/time", Map.of("minutes", 30), 201).get("id").asLong();
    call("GET", "/api/time/" + time, null, 200);
    JsonNode changedTime = call("PATCH", "/api/time/" + time, Map.of("minutes", 45), 200);
    assertThat(changedTime.get("minutes").asDouble()).isEqualTo(45);
    long value =
        call(
                "POST",
                "/api/people/" + ada + "/values",
                Map.of("direction", "got", "kind", "advice"),
                201)
            .get("id")
            .asLong();
    call("GET", "/api/values/" + value, null, 200);
    call("PATCH", "/api/values/" + value, Map.of("points", 4), 200);
    long ask =
        call("POST", "/api/asks", Map.of("personId", ada, "text", "an intro"), 201)
            .get("id")
            .asLong();
    call("GET", "/api/asks/" + ask, null, 200);
    call("PATCH", "/api/asks/" + ask, Map.of("text", "an intro to Charles"), 200);
    call("POST", "/api/asks/" + ask + "/resolve", Map.of("outcome", "granted"), 200);
    call("GET", "/api/asks?open=false", null, 200);
    call("GET", "/api/people/" + ada + "?asOf=2026-03-02", null, 200);

    JsonNode deleted = call("DELETE", "/api/time/" + time, null, 200);
    assertThat(deleted.get("deleted").asText()).startsWith("time entry " + time);
    long change = deleted.get("change").get("id").asLong();
    assertThat(call("GET", "/api/undo", null, 200).get(0).get("id").asLong()).isEqualTo(change);
    call("POST", "/api/undo", Map.of("step", change), 200);
    call("GET", "/api/time/" + time, null, 200);
    call("DELETE", "/api/values/" + value, null, 200);
    call("DELETE", "/api/asks/" + ask, null, 200);

    call("POST", "/api/people/" + ada + "/merge", Map.of("from", grace), 200);
    assertThat(call("GET", "/api/people/" + ada, null, 200).get("emails").get(0).asText())
        .isEqualTo("g@x.org");
    call("DELETE", "/api/people/" + ada, null, 200);
    assertThat(call("POST", "/api/undo", null, 200).get("change").asText()).contains("Ada");
    call("GET", "/api/people/" + ada, null, 200);

    call("GET", "/api/dupes", null, 200);
    call("PUT", "/api/me/name", Map.of("name", "Charles Babbage"), 200);
    call("POST", "/api/me/addresses", Map.of("address", "charles@engine.example"), 201);
    assertThat(call("GET", "/api/me", null, 200).get("emails").get(0).asText())
        .isEqualTo("charles@engine.example");
    call("DELETE", "/api/me/addresses/charles@engine.example", null, 200);
    imported(
        "people",
        "people.csv",
        "name,title,company,email\nAlan Turing,Fellow,King's College,alan@kings.example\n",
        Map.of());

    assertThat(exercised).isEqualTo(documented());
  }

  @Test
  void errorsAreOneSentenceInTheDocumentedShape() {
    List<JsonNode> errors =
        List.of(
            call("GET", "/api/people/999999", null, 404),
            call("GET", "/api/time/999999", null, 404),
            callBad("GET", "/api/rank?asOf=yesterday", null, 400),
            callBad("POST", "/api/people", "[1, 2]", 400),
            callBad("POST", "/api/people", "\"Ada\"", 400),
            callBad("POST", "/api/people", "{\"name\": 42}", 400),
            callBad("POST", "/api/people", "{\"name\": \"Ada\", \"age\": 3}", 400),
            callBad("PATCH", "/api/people/1", "{\"level\": 9}", 400),
            callBad("PATCH", "/api/people/1", "{\"name\": \"\"}", 400),
            callBad("PATCH", "/api/people/1", "{\"nickname\": \"Ada\"}", 400),
            callBad("PATCH", "/api/asks/1", "{\"outcome\": \"maybe\"}", 400),
            callBad("POST", "/api/people/1/merge", "{\"from\": \"Ada\"}", 400),
            call("DELETE", "/api/values/999999", null, 404),
            call("POST", "/api/asks/review", Map.of("dismiss", List.of(999999)), 404),
            callBad("POST", "/api/asks/review", "{\"accept\": [1], \"acceptAll\": true}", 400));

    for (JsonNode error : errors) {
      assertThat(error.fieldNames()).toIterable().containsExactly("error");
      assertThat(error.get("error").asText())
          .isNotBlank()
          .doesNotContain("$", "Exception", "needle.", "ApiBodies", "internal error");
    }
    assertThat(errors.get(3).get("error").asText())
        .isEqualTo("the request body is not a JSON object (expected its fields between { and })");
    assertThat(errors.get(6).get("error").asText()).contains("unknown field \"age\"");
  }

  @Test
  void aDeleteWithoutTheTokenIsForbiddenAndChangesNothing() {
    HttpResponse<String> response =
        web.send(HttpRequest.newBuilder(web.uri("/api/people/1")).DELETE());

    assertThat(response.statusCode()).isEqualTo(403);
    assertValid(validator.validateResponse("/api/people/1", Request.Method.DELETE, of(response)));
    assertThat(web.people()).isNotEmpty();
  }

  /** Sends a request and checks it and its answer against the document; answers the JSON. */
  private JsonNode call(String method, String pathAndQuery, Object body, int status) {
    String json = body == null ? null : WebJson.write(body);
    HttpResponse<String> response = send(method, pathAndQuery, json);
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(method, pathOf(pathAndQuery))
            .withHeader("X-CSRF-Token", web.csrf())
            .withContentType("application/json");
    if (json != null) {
      request.withBody(json);
    }
    query(pathAndQuery).forEach(request::withQueryParam);
    assertThat(response.statusCode()).as(method + " " + pathAndQuery).isEqualTo(status);
    assertValid(validator.validate(request.build(), of(response)));
    exercised.add(method + " " + template(pathOf(pathAndQuery)));
    return WebFixture.json(response);
  }

  /**
   * Uploads a file of {@code format} to {@code POST /api/import}, with the form's other {@code
   * fields}, and checks the answer against the document.
   */
  private void imported(String format, String name, String content, Map<String, String> fields) {
    HttpResponse<String> response =
        web.upload("/api/import", format, name, content.getBytes(StandardCharsets.UTF_8), fields);
    assertThat(response.statusCode()).as("POST /api/import").isEqualTo(200);
    assertValid(validator.validateResponse("/api/import", Request.Method.POST, of(response)));
    exercised.add("POST /api/import");
  }

  /** Sends a body the document refuses, and checks only the answer against it. */
  private JsonNode callBad(String method, String path, String body, int status) {
    HttpResponse<String> response = send(method, path, body);
    assertThat(response.statusCode()).as(method + " " + path + " " + body).isEqualTo(status);
    assertValid(
        validator.validateResponse(
            pathOf(path), Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), of(response)));
    return WebFixture.json(response);
  }

  private HttpResponse<String> send(String method, String path, String json) {
    return web.send(
        HttpRequest.newBuilder(web.uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", web.csrf())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)));
  }

  private static SimpleResponse of(HttpResponse<String> response) {
    return SimpleResponse.Builder.status(response.statusCode())
        .withContentType(response.headers().firstValue("Content-Type").orElse(""))
        .withBody(response.body())
        .build();
  }

  private static void assertValid(ValidationReport report) {
    assertThat(report.getMessages())
        .as("what the validator found against the document")
        .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .isEmpty();
  }

  private static String pathOf(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
  }

  private static Map<String, String> query(String pathAndQuery) {
    Map<String, String> params = new HashMap<>();
    int q = pathAndQuery.indexOf('?');
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  /** {@code /api/people/12/time} as the document names it: {@code /api/people/{id}/time}. */
  private static String template(String path) {
    return path.replaceAll("/\\d+(?=/|$)", "/{id}")
        .replaceAll("^/api/me/addresses/[^/]+$", "/api/me/addresses/{address}");
  }

  private Set<String> documented() {
    Set<String> operations = new TreeSet<>();
    JsonNode paths = WebFixture.json(web.get("/api/openapi.json")).get("paths");
    paths
        .fields()
        .forEachRemaining(
            path ->
                StreamSupport.stream(
                        ((Iterable<String>) () -> path.getValue().fieldNames()).spliterator(),
                        false)
                    .forEach(
                        m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }
}
