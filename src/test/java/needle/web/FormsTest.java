package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormsTest {
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
  void loggingValueWithHtmxAnswersWithTheRefreshedTimeline() {
    HttpResponse<String> response =
        web.postForm(
            "/people/" + ada + "/values",
            Map.of("direction", "got", "kind", "introduction", "note", "met Charles"),
            true);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("<div id=\"person-live\">")
        .contains("introduction · 2.0 points", "met Charles", "2026-03-02");
  }

  @Test
  void loggingWithoutHtmxRedirectsToThePersonPage() {
    HttpResponse<String> response =
        web.postForm("/people/" + ada + "/time", Map.of("minutes", "45"), false);

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/people/" + ada);
    assertThat(web.get("/people/" + ada).body()).contains("45 min · meeting");
  }

  @Test
  void addingSomeoneLeadsToTheirPage() {
    HttpResponse<String> response =
        web.postForm("/people", Map.of("name", "Grace Hopper", "title", "Rear Admiral"), false);

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(web.get(response.headers().firstValue("Location").orElseThrow()).body())
        .contains("Grace Hopper", "Rear Admiral");
  }

  @Test
  void badInputIsRefusedWithTheMessageInTheAlertArea() {
    HttpResponse<String> response =
        web.postForm("/people/" + ada + "/time", Map.of("minutes", "lots"), true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("HX-Retarget")).hasValue("#flash");
    assertThat(response.body()).contains("minutes \"lots\" is not a number");
  }

  @Test
  void anUnknownValueDirectionNamesTheOnesExpected() {
    HttpResponse<String> response =
        web.postForm(
            "/people/" + ada + "/values", Map.of("direction", "stole", "kind", "job"), false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unknown direction", "gave, got, joint");
  }

  @Test
  void statechangingRequestsWithoutTheTokenAreForbidden() {
    HttpResponse<String> missing =
        web.postFormRaw("/people/" + ada + "/time", Map.of("minutes", "30"), true);
    HttpResponse<String> wrong =
        web.postFormRaw(
            "/people/" + ada + "/time", Map.of("minutes", "30", "csrf", "guess"), false);

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("security token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(web.first().time()).isEmpty();
  }

  @Test
  void changesAreNeverMadeWithGet() {
    assertThat(web.get("/people/" + ada + "/time").statusCode()).isEqualTo(405);
  }

  @Test
  void aRequestNamingAnotherHostIsRefused() throws IOException {
    // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
    try (Socket socket = new Socket("127.0.0.1", web.uri("/").getPort())) {
      socket
          .getOutputStream()
          .write(
              "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String status =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElse("");
      assertThat(status).contains(" 403");
    }
  }

  @Test
  void loggingForSomeoneUnknownIsNotFound() {
    HttpResponse<String> response = web.postForm("/people/777/time", Map.of("minutes", "5"), true);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("there is no person with id 777");
  }
}
