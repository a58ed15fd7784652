package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import needle.app.Accounts;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;

/** Two server instances on one PostgreSQL: a login on one is good on the other. */
class SharedDatabaseTest {
  private static final String PASSWORD = "analytical engine 1843";

  @Test
  void aSessionFromOneInstanceWorksOnAnother() throws IOException, InterruptedException {
    Location.Postgres db = TestDatabases.postgresDatabase();
    Ledger first = Ledger.open(db);
    Accounts.add(first, "ada", PASSWORD.toCharArray());
    first.update(s -> s.addPerson(Person.named("Greta Alvarez")));
    WebApp a = server(first);
    WebApp b = server(Ledger.open(db));
    try {
      String baseA = "http://127.0.0.1:" + a.start("127.0.0.1", 0);
      String baseB = "http://127.0.0.1:" + b.start("127.0.0.1", 0);
      HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

      String form = client.send(get(baseA + "/login"), HttpResponse.BodyHandlers.ofString()).body();
      String token = ServerModeTest.field(form, "csrf");
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(baseA + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          WebFixture.encode(
                              Map.of("csrf", token, "user", "ada", "password", PASSWORD))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> onB =
          client.send(get(baseB + "/api/people"), HttpResponse.BodyHandlers.ofString());

      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(onB.statusCode()).isEqualTo(200);
      assertThat(onB.body()).contains("Greta Alvarez");
    } finally {
      a.stop();
      b.stop();
    }
  }

  /** A server-mode app on {@code ledger}'s database, as {@code serve --db URL} starts one. */
  static WebApp server(Ledger ledger) {
    return WebApp.create(
        Setup.server(
            ledger,
            ScoringConfig.defaults("/config/needle/scoring.properties"),
            Clock.systemUTC()));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }
}
