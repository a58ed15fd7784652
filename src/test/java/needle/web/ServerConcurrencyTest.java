package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import needle.app.Accounts;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Four clients writing a thousand time entries each through two servers on one PostgreSQL at once:
 * every write is answered 201 and every entry is there, once. Long: run by the acceptance profile,
 * which CI enables.
 */
@Tag("acceptance")
class ServerConcurrencyTest {
  private static final String PASSWORD = "analytical engine 1843";
  private static final int CLIENTS = 4;
  private static final int WRITES = 1000;

  @Test
  void fourClientsThroughTwoServersWriteEveryEntryOnce() throws Exception {
    Location.Postgres db = TestDatabases.postgresDatabase();
    Ledger ledger = Ledger.open(db);
    // The first account on a new database owns the ledger that was there (owner 1).
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());
    Ledger ada = ledger;
    Person greta = ada.write(s -> s.addPerson(Person.named("Greta Alvarez")));
    WebApp a = SharedDatabaseTest.server(Ledger.open(db));
    WebApp b = SharedDatabaseTest.server(Ledger.open(db));
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<String> bases =
          List.of(
              "http://127.0.0.1:" + a.start("127.0.0.1", 0),
              "http://127.0.0.1:" + b.start("127.0.0.1", 0));
      List<CompletableFuture<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Client client = new Client(bases.get(c % 2)).loggedIn();
        String tag = "client " + c;
        clients.add(CompletableFuture.supplyAsync(() -> client.logTimes(greta, tag, WRITES), pool));
      }
      List<String> failures = new ArrayList<>();
      for (CompletableFuture<List<String>> client : clients) {
        failures.addAll(client.get(15, TimeUnit.MINUTES));
      }

      assertThat(failures).isEmpty();
      List<TimeEntry> time = ada.read(s -> s.history(greta)).time();
      assertThat(time).hasSize(CLIENTS * WRITES);
      assertThat(time.stream().map(TimeEntry::note).distinct()).hasSize(CLIENTS * WRITES);
    } finally {
      pool.shutdownNow();
      a.stop();
      b.stop();
    }
  }

  /** One logged-in user agent: keeps its cookies and its CSRF token. */
  private static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    Client(String base) {
      this.base = base;
    }

    Client loggedIn() throws IOException, InterruptedException {
      String form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
      String token = ServerModeTest.field(form, "csrf");
      HttpResponse<String> login =
          send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          WebFixture.encode(
                              Map.of("csrf", token, "user", "ada", "password", PASSWORD)))));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
      HttpResponse<String> session =
          send(HttpRequest.newBuilder(URI.create(base + "/api/csrf")).GET());
      csrf = WebFixture.json(session).get("csrf").asText();
      return this;
    }

    /** Logs {@code count} entries, one request each; answers what was not a 201. */
    List<String> logTimes(Person who, String tag, int count) {
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String body =
            "{\"minutes\": 1, \"on\": \"2026-03-02\", \"note\": \"" + tag + " " + i + "\"}";
        try {
          HttpResponse<String> response =
              send(
                  HttpRequest.newBuilder(
                          URI.create(base + "/api/people/" + who.id().value() + "/time"))
                      .header("Content-Type", "application/json")
                      .header("X-CSRF-Token", csrf)
                      .POST(HttpRequest.BodyPublishers.ofString(body)));
          if (response.statusCode() != 201) {
            failures.add(tag + " " + i + ": " + response.statusCode() + " " + response.body());
          }
        } catch (IOException e) {
          failures.add(tag + " " + i + ": " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.add(tag + " " + i + ": interrupted");
          return failures;
        }
      }
      return failures;
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
