package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.app.Accounts;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server mode: login, sessions, CSRF, rate limiting, and each user confined to their ledger. */
class ServerModeTest {
  private static final String ADA_PASSWORD = "analytical engine 1843";
  private static final String GRACE_PASSWORD = "compiler in 1952 please";

  @TempDir Path folder;
  Ledger ledger;
  WebApp app;
  String base;
  Instant now = Instant.parse("2026-03-02T09:00:00Z");
  Person greta;

  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @BeforeEach
  void serverWithTwoUsers() {
    ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Accounts.add(ledger, "ada", ADA_PASSWORD.toCharArray());
    Accounts.add(ledger, "grace", GRACE_PASSWORD.toCharArray());
    greta = ledger.write(s -> s.addPerson(Person.named("Greta Alvarez")));
    Setup setup =
        Setup.server(ledger, ScoringConfig.defaults("/config/needle/scoring.properties"), clock);
    app = WebApp.create(setup);
    base = "http://127.0.0.1:" + app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  /** A browser-like client: keeps cookies, does not follow redirects. */
  final class Visitor {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf;

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form, boolean htmx) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(WebFixture.encode(form)));
      if (htmx) {
        request.header("HX-Request", "true").header("HX-Current-URL", base + "/people/1");
      }
      return send(request);
    }

    HttpResponse<String> postJson(String path, String json, String token) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      if (token != null) {
        request.header("X-CSRF-Token", token);
      }
      return send(request);
    }

    HttpResponse<String> logIn(String user, String password, String next) {
      String token = field(get("/login?next=" + next).body(), "csrf");
      return post(
          "/login", Map.of("csrf", token, "user", user, "password", password, "next", next), false);
    }

    Visitor loggedIn(String user, String password) {
      HttpResponse<String> response = logIn(user, password, "/");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
      csrf = WebFixture.json(get("/api/csrf")).get("csrf").asText();
      return this;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("field " + name + " in " + html).isTrue();
    return m.group(1);
  }

  @Test
  void aVisitorWithoutASessionIsSentToLogIn() {
    Visitor anonymous = new Visitor();

    HttpResponse<String> page = anonymous.get("/people/1?asOf=2026-03-01");
    HttpResponse<String> api = anonymous.get("/api/people");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/login?next=%2Fpeople%2F1%3FasOf%3D2026-03-01");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(WebFixture.json(api).get("error").asText()).contains("log in first");
    assertThat(anonymous.get("/static/needle.css").statusCode()).isEqualTo(200);
  }

  @Test
  void logInSetsAStrictHttpOnlySessionCookieAndGoesToTheNextPage() {
    Visitor ada = new Visitor();

    HttpResponse<String> response = ada.logIn("ada", ADA_PASSWORD, "/asks");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/asks");
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("needle_session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(ada.get("/").body()).contains("Greta Alvarez").contains("Signed in as ada");
  }

  @Test
  void aWrongPasswordOrAMissingTokenIsRefused() {
    Visitor mallory = new Visitor();

    HttpResponse<String> wrong = mallory.logIn("ada", "not the password", "/");
    HttpResponse<String> noToken =
        mallory.post("/login", Map.of("user", "ada", "password", ADA_PASSWORD), false);

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong user name or password.");
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(mallory.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedFailuresAreRateLimitedEvenWithTheRightPasswordAfterwards() {
    Visitor mallory = new Visitor();
    for (int i = 0; i < 5; i++) {
      assertThat(mallory.logIn("ada", "guess " + i, "/").statusCode()).isEqualTo(401);
    }

    HttpResponse<String> limited = mallory.logIn("ada", ADA_PASSWORD, "/");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("Too many failed logins");
    now = now.plus(Duration.ofMinutes(16));
    assertThat(mallory.logIn("ada", ADA_PASSWORD, "/").statusCode()).isEqualTo(303);
  }

  @Test
  void aUserCannotReadOrChangeAnotherUsersLedger() {
    Visitor grace = new Visitor().loggedIn("grace", GRACE_PASSWORD);
    long id = greta.id().value();

    assertThat(WebFixture.json(grace.get("/api/people"))).isEmpty();
    assertThat(grace.get("/api/people/" + id).statusCode()).isEqualTo(404);
    assertThat(grace.get("/people/" + id).statusCode()).isEqualTo(404);
    HttpResponse<String> write =
        grace.postJson("/api/people/" + id + "/time", "{\"minutes\": 30}", grace.csrf);
    HttpResponse<String> form =
        grace.post("/people/" + id + "/time", Map.of("csrf", grace.csrf, "minutes", "30"), true);

    assertThat(write.statusCode()).isEqualTo(404);
    assertThat(form.statusCode()).isEqualTo(404);
    assertThat(ledger.read(s -> s.history(greta)).time()).isEmpty();
    assertThat(WebFixture.json(new Visitor().loggedIn("ada", ADA_PASSWORD).get("/api/people")))
        .hasSize(1);
  }

  @Test
  void eachUserWritesToTheirOwnLedger() {
    Visitor grace = new Visitor().loggedIn("grace", GRACE_PASSWORD);

    HttpResponse<String> added =
        grace.postJson("/api/people", "{\"name\": \"Greta Alvarez\"}", grace.csrf);

    assertThat(added.statusCode()).isBetween(200, 201);
    long graceOwner = needle.storage.Accounts.find(ledger, "grace").orElseThrow().id();
    java.util.List<Person> hers = ledger.asOwner(graceOwner).read(LedgerSession::people);
    java.util.List<Person> adas = ledger.read(LedgerSession::people);
    assertThat(hers).extracting(Person::name).containsExactly("Greta Alvarez");
    assertThat(adas).extracting(Person::id).containsExactly(greta.id());
  }

  @Test
  void aStateChangingCallWithoutTheSessionsTokenIsForbidden() {
    Visitor ada = new Visitor().loggedIn("ada", ADA_PASSWORD);

    HttpResponse<String> none = ada.postJson("/api/people", "{\"name\": \"Eve\"}", null);
    HttpResponse<String> other = ada.postJson("/api/people", "{\"name\": \"Eve\"}", "forged");

    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(ledger.read(LedgerSession::people)).hasSize(1);
  }

  @Test
  void logOutEndsTheSession() {
    Visitor ada = new Visitor().loggedIn("ada", ADA_PASSWORD);

    HttpResponse<String> out = ada.post("/logout", Map.of("csrf", ada.csrf), false);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).contains("/login");
    assertThat(ada.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void anExpiredSessionGoesBackToLoginAndReturnsToThePage() {
    Visitor ada = new Visitor().loggedIn("ada", ADA_PASSWORD);
    ledger.update(
        s ->
            s.log(
                new TimeEntry(
                    0,
                    greta.id(),
                    java.time.LocalDate.of(2026, 3, 1),
                    30,
                    Channel.CALL,
                    "cli",
                    null)));
    now = now.plus(Setup.SESSION_LIFETIME).plusSeconds(1);

    HttpResponse<String> page = ada.get("/people/" + greta.id());
    HttpResponse<String> htmx =
        ada.post(
            "/people/" + greta.id() + "/time", Map.of("csrf", ada.csrf, "minutes", "15"), true);

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/login?next=%2Fpeople%2F" + greta.id());
    assertThat(htmx.statusCode()).isEqualTo(401);
    assertThat(htmx.headers().firstValue("HX-Redirect")).contains("/login?next=%2Fpeople%2F1");
    HttpResponse<String> back = ada.logIn("ada", ADA_PASSWORD, "/people/" + greta.id());
    assertThat(back.headers().firstValue("Location")).contains("/people/" + greta.id());
    assertThat(ledger.read(s -> s.history(greta)).time()).as("nothing lost").hasSize(1);
  }

  @Test
  void theNextPageIsAlwaysOnThisSite() {
    assertThat(LoginRoutes.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(LoginRoutes.safeNext("//evil.example/")).isEqualTo("/");
    assertThat(LoginRoutes.safeNext("/asks?x=1")).isEqualTo("/asks?x=1");
  }

  @Test
  void aSecondVisitToTheLoginPageKeepsTheFirstFormValid() {
    Visitor ada = new Visitor();
    String token = field(ada.get("/login").body(), "csrf");
    ada.get("/favicon.ico");
    ada.get("/login");

    HttpResponse<String> response =
        ada.post(
            "/login",
            Map.of("csrf", token, "user", "ada", "password", ADA_PASSWORD, "next", "/"),
            false);

    assertThat(response.statusCode()).isEqualTo(303);
  }
}
