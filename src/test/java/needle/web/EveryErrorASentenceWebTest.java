package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web's errors are sentences about the web: no Java class, no command to type, and the same
 * checks as the command line (e-mail syntax, unusual dates confirmed, over a day of minutes
 * warned).
 */
class EveryErrorASentenceWebTest {
  @TempDir Path folder;
  WebFixture web;
  long ada;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder).with(s -> s.addPerson(Person.named("Ada Lovelace")));
    ada = web.ledger.read(s -> s.requirePerson("Ada Lovelace")).id().value();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void aBinaryCalendarUploadedSaysItIsBinaryNotToExportACsv() {
    HttpResponse<String> response =
        web.upload("ics", "calendar.ics", new byte[] {'B', 'E', 0, 1, 2, 3});

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("calendar.ics is a binary file, not an iCalendar file (.ics)")
        .doesNotContain("CSV");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"Ada\"",
        "{\"name\": [\"Ada\"]}",
        "{\"name\": \"Ada B\", \"emails\": [{\"a\": 1}]}",
        "{\"name\": \"Ada B\", \"emails\": 3}",
        "{\"name\": {\"first\": \"Ada\"}}"
      })
  void aJsonBodyErrorIsASentenceWithoutClassesOrTypes(String body) throws Exception {
    HttpResponse<String> response =
        web.send(
            java.net.http.HttpRequest.newBuilder(web.uri("/api/people"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", web.csrf())
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        body, StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).isEqualTo(400);
    String message = WebFixture.json(response).get("error").asText();
    assertThat(message)
        .startsWith("the request body")
        .doesNotContain("$", "needle.", "java.", "ApiBodies", "NewPerson", "`", "START_");
  }

  @Test
  void aFormErrorSpeaksOfTheWebNotOfCommands() {
    HttpResponse<String> response = web.postForm("/people", Map.of("name", "Ada Lovelace"), true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("is already in the ledger")
        .doesNotContain("person edit", "needle ", "--");
  }

  @Test
  void anUnknownPersonOrAskOnThePagesIsNotToldToTypeACommand() {
    HttpResponse<String> draft =
        web.postForm("/asks/draft", Map.of("person", "Ada Lovelac", "for", "an intro"), true);
    HttpResponse<String> resolve =
        web.postForm("/asks/999/resolve", Map.of("outcome", "granted"), true);

    assertThat(draft.body())
        .contains(
            "unknown person \"Ada Lovelac\" (did you mean \"Ada Lovelace\"? Or add them first"
                + " on the dashboard)")
        .doesNotContain("needle ");
    assertThat(resolve.body())
        .contains("there is no ask 999 (the asks page lists them)")
        .doesNotContain("needle ");
  }

  @Test
  void anEmailThatCannotBeOneIsRefusedOnTheFormAndInTheApi() {
    HttpResponse<String> form =
        web.postForm("/people", Map.of("name", "Grace Hopper", "email", "grace at navy"), true);
    HttpResponse<String> api =
        web.postJson("/api/people", Map.of("name", "Grace Hopper", "emails", List.of("grace@")));

    assertThat(form.body()).contains("\"grace at navy\" is not an e-mail address");
    assertThat(WebFixture.json(api).get("error").asText())
        .isEqualTo("\"grace@\" is not an e-mail address (expected e.g. ada@example.org)");
    assertThat(web.people()).extracting(Person::name).containsExactly("Ada Lovelace");
  }

  @Test
  void anUnusualDateNeedsForceInTheApi() {
    String path = "/api/people/" + ada + "/time";
    HttpResponse<String> refused = web.postJson(path, Map.of("minutes", 30, "on", "1899-12-31"));
    HttpResponse<String> kept =
        web.postJson(path, Map.of("minutes", 30, "on", "1899-12-31", "force", true));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(WebFixture.json(refused).get("error").asText())
        .isEqualTo(
            "the date 1899-12-31 is before 1900-01-01: is it a typo? (send \"force\": true to keep"
                + " it)");
    assertThat(kept.statusCode()).isEqualTo(201);
    assertThat(web.first().time()).singleElement().satisfies(t -> assertThat(t.on()).hasYear(1899));
  }

  @Test
  void anUnusualDateOnAFormIsConfirmedWithAButtonThatSendsItAgain() {
    String path = "/people/" + ada + "/time";
    HttpResponse<String> asked =
        web.postForm(path, Map.of("minutes", "30", "on", "2030-01-01"), true);

    assertThat(asked.statusCode()).isEqualTo(400);
    assertThat(asked.body())
        .contains("the date 2030-01-01 is more than a year from today")
        .contains("Keep this date")
        .contains("name=\"force\" value=\"yes\"")
        .contains("name=\"on\" value=\"2030-01-01\"");
    assertThat(web.first().time()).isEmpty();

    HttpResponse<String> confirmed =
        web.postForm(path, Map.of("minutes", "30", "on", "2030-01-01", "force", "yes"), false);
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(web.first().time()).hasSize(1);
  }

  @Test
  void minutesOverADayAreKeptWithAWarningInTheApiAndTheFlash() {
    JsonNode logged =
        WebFixture.json(web.postJson("/api/people/" + ada + "/time", Map.of("minutes", 100000)));
    HttpResponse<String> form =
        web.postForm("/people/" + ada + "/time", Map.of("minutes", "2000"), true);

    assertThat(logged.get("minutes").asDouble()).isEqualTo(100000);
    assertThat(logged.get("warnings").get(0).asText())
        .contains("is more than a day (1440 minutes)");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Kept, but: 33 h 20 min is more than a day");
    assertThat(web.first().time()).hasSize(2);
  }

  @Test
  void theImportSummaryCountsAndQuotesTheWarnings() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "",
            "DTSTART:20240203T100000Z",
            "CLASS:",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    HttpResponse<String> response =
        web.upload("ics", "trivia.ics", ics.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("2 warnings (each value left out, the rest of the file imported)")
        .contains("3: empty line inside VEVENT")
        .contains("5: CLASS \"\" is not a class");

    JsonNode api =
        WebFixture.json(
            web.upload("/api/import", "ics", "trivia.ics", ics.getBytes(StandardCharsets.UTF_8)));
    assertThat(api.get("warnings").asInt()).isEqualTo(2);
    assertThat(api.get("firstWarnings").get(0).asText())
        .isEqualTo("3: empty line inside VEVENT (expected NAME:VALUE); passed over");
  }
}
