package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import needle.app.Json;
import needle.app.Numbers;
import needle.demo.DemoStory;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import needle.web.ScoringConfig;
import needle.web.Setup;
import needle.web.WebApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, the pages and the API give the same figures for one ledger and date. */
class ThreeDoorsTest {
  private static final String AS_OF = "2026-10-15";
  private static final String KEY = "a-local-key-for-the-three-doors-test";

  @TempDir Path folder;
  private Cli cli;
  private WebApp web;
  private String base;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ledger.update(s -> DemoStory.write(s, Cli.TODAY));
    cli = Cli.sqlite(folder);
    Clock clock = Clock.fixed(Cli.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    web = WebApp.create(Setup.local(ledger, ScoringConfig.defaults("none"), clock, KEY));
    base = "http://127.0.0.1:" + web.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    web.stop();
  }

  @Test
  void rankJsonAndTheApiAnswerTheSameRows() throws Exception {
    JsonNode fromCli = Json.mapper().readTree(cli.ok("rank", "--json", "--as-of", AS_OF));
    JsonNode fromApi = Json.mapper().readTree(get("/api/rank?asOf=" + AS_OF));

    assertThat(fromCli).isNotEmpty().isEqualTo(fromApi);
  }

  @Test
  void theDashboardShowsTheFiguresOfRankJson() throws Exception {
    JsonNode rows = Json.mapper().readTree(cli.ok("rank", "--json", "--as-of", AS_OF));
    String page = get("/?asOf=" + AS_OF).replaceAll(">\\s+<", "><");

    for (JsonNode row : rows) {
      String figures =
          cell(Numbers.two(row.get("roi").asDouble()))
              + cell(Numbers.one(row.get("hours").asDouble()))
              + cell(Numbers.one(row.get("given").asDouble()))
              + cell(Numbers.one(row.get("received").asDouble()));
      assertThat(page).as(row.get("name").asText()).contains(figures);
    }
  }

  @Test
  void personShowThePersonPageAndTheApiAgree() throws Exception {
    JsonNode shown =
        Json.mapper()
            .readTree(cli.ok("person", "show", "Greta Alvarez", "--json", "--as-of", AS_OF));
    long id = shown.get("id").asLong();
    JsonNode api = Json.mapper().readTree(get("/api/people/" + id + "?asOf=" + AS_OF));
    String page = get("/people/" + id + "?asOf=" + AS_OF);

    assertThat(api.get("score")).isEqualTo(ranked(shown));
    assertThat(api.get("advice")).isEqualTo(shown.get("advice"));
    assertThat(page)
        .contains("<dd>" + Numbers.two(shown.get("roi").asDouble()) + "</dd>")
        .contains("<dd>" + Numbers.one(shown.get("received").asDouble()) + "</dd>");
  }

  /** The score fields of {@code person show --json}, without the person's own extras. */
  private static JsonNode ranked(JsonNode shown) throws Exception {
    JsonNode rank = Json.mapper().readTree(Json.pretty(shown));
    var object = (com.fasterxml.jackson.databind.node.ObjectNode) rank;
    object.remove(
        java.util.List.of(
            "emails",
            "mailSent",
            "mailReplied",
            "replyRate",
            "medianReplyHours",
            "timeline",
            "advice"));
    return object;
  }

  private static String cell(String figure) {
    return "<td class=\"num\">" + figure + "</td>";
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "needle_key_" + URI.create(base).getPort() + "=" + KEY)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
