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
import java.time.ZoneOffset;
import java.util.Map;
import needle.app.Accounts;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard sends a page it rendered before while the ledger is unchanged: what it sends must
 * still be what a fresh rendering would show, to whom it would show it.
 */
class KeptDashboardTest {
  private static final String PASSWORD = "analytical engine 1843";

  @TempDir Path folder;

  @Test
  void aPageViewedAgainAfterAWriteShowsTheWrite() {
    try (WebFixture web = WebFixture.start(folder)) {
      web.with(s -> s.addPerson(Person.named("Greta Alvarez")));
      assertThat(web.get("/").body()).contains("Greta Alvarez").doesNotContain("Ada Byron");
      assertThat(WebFixture.json(web.get("/dashboard/chart"))).isEmpty();

      // Written beside the server, as another server on the same database would.
      web.with(
          s -> {
            Person ada = s.addPerson(Person.named("Ada Byron"));
            s.log(new TimeEntry(0, ada.id(), WebFixture.TODAY, 90, Channel.CALL, "t", null));
          });

      assertThat(web.get("/").body()).contains("Greta Alvarez", "Ada Byron");
      assertThat(WebFixture.json(web.get("/dashboard/chart")).get(0).get("name").asText())
          .isEqualTo("Ada Byron");
    }
  }

  @Test
  void theSameQueryWithAnotherAddressKeepsItsOwnLinks() {
    try (WebFixture web = WebFixture.start(folder)) {
      web.with(
          s -> {
            for (int i = 0; i < 60; i++) {
              s.addPerson(Person.named(String.format("Person %02d", i)));
            }
          });

      assertThat(web.get("/?by=roi").body()).contains("href=\"/?by=roi&amp;page=2\"");
      assertThat(web.get("/").body()).contains("href=\"/?page=2\"");
      assertThat(web.get("/?by=roi&tag=").body()).contains("href=\"/?by=roi&amp;page=2\"");
    }
  }

  @Test
  void eachSessionGetsThePageWithItsOwnTokenAndTheChartNeedsALogin() {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());
    ledger.write(s -> s.addPerson(Person.named("Greta Alvarez")));
    Clock clock =
        Clock.fixed(WebFixture.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    WebApp app =
        WebApp.create(
            Setup.server(
                ledger, ScoringConfig.defaults("/config/needle/scoring.properties"), clock));
    String base = "http://127.0.0.1:" + app.start("127.0.0.1", 0);
    try {
      Visitor first = new Visitor(base).logIn();
      Visitor second = new Visitor(base).logIn();

      String firstPage = first.get("/").body();
      String secondPage = second.get("/").body();

      assertThat(first.csrf).isNotEqualTo(second.csrf);
      assertThat(firstPage).contains("value=\"" + first.csrf + "\"").doesNotContain(second.csrf);
      assertThat(secondPage).contains("value=\"" + second.csrf + "\"").doesNotContain(first.csrf);
      assertThat(new Visitor(base).get("/dashboard/chart").statusCode()).isEqualTo(302);
      assertThat(first.get("/dashboard/chart").statusCode()).isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  /** A browser-like client that keeps its cookies and does not follow redirects. */
  private static final class Visitor {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    final String base;
    String csrf;

    Visitor(String base) {
      this.base = base;
    }

    Visitor logIn() {
      String token = ServerModeTest.field(get("/login?next=/").body(), "csrf");
      Map<String, String> form =
          Map.of("csrf", token, "user", "ada", "password", PASSWORD, "next", "/");
      HttpResponse<String> answer =
          send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(WebFixture.encode(form))));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
      csrf = WebFixture.json(get("/api/csrf")).get("csrf").asText();
      return this;
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
}
