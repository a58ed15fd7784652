package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.people.Person;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the local web app that worked before and now fail: cached private pages, error pages
 * that told internals, input that reached the database unchecked, and a forged Host.
 */
class HardeningTest {
  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder).with(s -> s.addPerson(Person.named("Greta Alvarez")));
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/asks",
        "/settings",
        "/api/people",
        "/api/rank",
        "/dashboard/chart",
        "/no/such/page",
        "/api/people/999"
      })
  void privatePagesAndTheApiAreNeverStoredByTheBrowser(String path) {
    HttpResponse<String> response = web.get(path);

    assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
  }

  @Test
  void staticAssetsMayStillBeCached() {
    HttpResponse<String> css = web.get("/static/needle.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
  }

  @Test
  void aRequestWithoutTheLocalKeyIsRefusedAndNotCachedEither() {
    HttpResponse<String> response = web.sendRaw(HttpRequest.newBuilder(web.uri("/api/people")));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("Greta");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aForwardedHostDoesNotGetARebindingPageIn() throws IOException {
    // A rebound page is same-origin to the browser, so it may add any header it likes.
    try (Socket socket = new Socket("127.0.0.1", web.uri("/").getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/people HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: localhost\r\n"
                      + "Cookie: "
                      + web.cookie()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response.lines().findFirst().orElse("")).contains(" 403");
      assertThat(response).doesNotContain("Greta");
    }
  }

  @Test
  void theSameEmailTwiceInOneBodyIsAPlainMistakeNotAFault() {
    HttpResponse<String> response =
        web.postJson(
            "/api/people", Map.of("name", "Dup", "emails", List.of("d@x.example", "D@x.example")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("D@x.example", "twice");
    assertNoInternals(response.body());
    assertThat(web.people()).extracting(Person::name).containsExactly("Greta Alvarez");
  }

  @Test
  void aNulInANameIsRefusedBeforeItReachesTheLedger() {
    HttpResponse<String> api = web.postJson("/api/people", Map.of("name", "Nul\u0000Name"));
    HttpResponse<String> form =
        web.postForm("/people", Map.of("name", "Nul\u0000Name", "title", ""), false);

    assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
    assertThat(api.body()).contains("U+0000", "name");
    assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
    assertThat(web.people()).extracting(Person::name).containsExactly("Greta Alvarez");
  }

  @Test
  void aNulInANameIsRefusedOnPostgresqlTooWhereItFailedAsAFault() throws Exception {
    needle.storage.Ledger ledger = needle.storage.Ledger.open(TestDatabases.postgresDatabase());
    String key = "a-local-key-for-the-postgresql-check";
    WebApp app =
        WebApp.create(
            Setup.local(ledger, ScoringConfig.defaults("scoring.properties"), web.clock(), key));
    int port = app.start("127.0.0.1", 0);
    try {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      String cookie = "needle_key_" + port + "=" + key;
      String csrf =
          WebFixture.json(
                  client.send(
                      HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/csrf"))
                          .header("Cookie", cookie)
                          .build(),
                      HttpResponse.BodyHandlers.ofString()))
              .get("csrf")
              .asText();

      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/people"))
                  .header("Cookie", cookie)
                  .header("X-CSRF-Token", csrf)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Nul\\u0000Name\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("U+0000").doesNotContain("postgres");
      List<Person> stored = ledger.read(s -> s.people());
      assertThat(stored).isEmpty();
    } finally {
      app.stop();
    }
  }

  @Test
  void aFaultIsOneSentenceWithAnErrorIdThatTheLogHoldsWithTheStack() {
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger("needle.web");
    log.addHandler(capture);
    try {
      TestDatabases.execute(
          TestDatabases.sqliteFile(folder), "ALTER TABLE person RENAME TO person_gone");

      HttpResponse<String> api = web.get("/api/people");
      HttpResponse<String> page = web.get("/");

      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(page.statusCode()).isEqualTo(500);
      assertNoInternals(api.body());
      assertNoInternals(page.body());
      Matcher id = Pattern.compile("error ([0-9a-f]{8})").matcher(api.body());
      assertThat(id.find()).as(api.body()).isTrue();
      assertThat(logged)
          .anySatisfy(
              r -> {
                assertThat(r.getMessage()).contains(id.group(1));
                assertThat(r.getThrown()).isNotNull();
              });
    } finally {
      log.removeHandler(capture);
    }
  }

  private void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain(folder.toString())
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("person_gone")
        .doesNotContain("owner_id")
        .doesNotContain("Exception")
        .doesNotContain("needle.storage")
        .doesNotContain("at needle");
  }

  @Test
  void theLocalKeyInTheAddressIsTradedForACookieAndDroppedFromTheAddress() {
    HttpResponse<String> keyed =
        web.sendRaw(HttpRequest.newBuilder(web.uri("/asks?key=" + web.secret + "&open=1")));

    assertThat(keyed.statusCode()).isEqualTo(303);
    assertThat(keyed.headers().firstValue("Location")).hasValue("/asks?open=1");
    assertThat(keyed.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(web.cookie())
        .contains("HttpOnly", "SameSite=Strict");
    assertThat(URI.create(web.base).getHost()).isEqualTo("127.0.0.1");
  }
}
