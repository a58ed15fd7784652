package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import needle.demo.DemoStory;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {
  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder).with(s -> DemoStory.write(s, WebFixture.TODAY));
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void dashboardShowsTheRankingTheChartDataAndTodaysMoves() {
    HttpResponse<String> page = web.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Victoria Sterling", "Greta Alvarez")
        .contains("badge-status-based", "badge-strong")
        .contains("id=\"roi-chart\"", "data-src=\"/dashboard/chart?asOf=2026-03-02\"")
        .contains("Today's moves", "follow-up")
        .contains("/webjars/echarts/5.6.0/dist/echarts.min.js")
        .contains("/webjars/htmx.org/2.0.8/dist/htmx.min.js");
    HttpResponse<String> echarts = web.get("/webjars/echarts/5.6.0/dist/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts").hasSizeGreaterThan(500_000);
  }

  @Test
  void dashboardSortsByTheKeyAsked() {
    assertThat(web.get("/?by=strength").body()).contains("ranked by strength");
    assertThat(web.get("/?by=charm").statusCode()).isEqualTo(400);
  }

  @Test
  void personPageShowsScoresReasonsTimelineAndForms() {
    long id = idOf("Greta Alvarez");

    String body = web.get("/people/" + id).body();

    assertThat(body)
        .contains("Greta Alvarez", "Senior Director of Engineering", "badge-strong")
        .contains("put me on the payments migration", "lead the payments migration")
        .contains("hx-post=\"/people/" + id + "/values\"", "name=\"csrf\" value=\"" + web.csrf());
  }

  @Test
  void unknownPeopleAreNotFoundWithAMessage() {
    HttpResponse<String> missing = web.get("/people/9999");
    HttpResponse<String> notANumber = web.get("/people/abc");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("there is no person with id 9999");
    assertThat(notANumber.statusCode()).isEqualTo(404);
    assertThat(web.get("/nowhere").statusCode()).isEqualTo(404);
  }

  @Test
  void asksPageListsOpenAsksOldestFirstWithFollowUpsAndTheCoach() {
    String body = web.get("/asks").body();

    assertThat(body)
        .contains("15 minutes to review my platform proposal", "follow up")
        .contains("value=\"granted\"", "value=\"declined\"", "value=\"ignored\"")
        .contains("id=\"draft\"", "keyup changed delay:300ms");
  }

  @Test
  void importPageOffersEveryRegisteredFormat() {
    assertThat(web.get("/import").body())
        .contains("value=\"people\"", "value=\"ledger\"", "enctype=\"multipart/form-data\"");
  }

  @Test
  void settingsShowEverySettingWithItsDefaultAndWhereToOverrideIt() {
    String body = web.get("/settings").body();

    assertThat(body)
        .contains("half-life-days", "730", "points.job", "strength-weight-recency")
        .contains("/config/needle/scoring.properties")
        .contains("An open ask older than this many days counts as ignored");
  }

  @Test
  void staticAssetsAreCachedAndPagesCarrySecurityHeaders() {
    HttpResponse<String> htmx = web.get("/webjars/htmx.org/2.0.8/dist/htmx.min.js");
    HttpResponse<String> page = web.get("/");

    assertThat(htmx.statusCode()).isEqualTo(200);
    assertThat(htmx.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age"));
    assertThat(web.get("/static/needle.js").statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  private long idOf(String name) {
    return web.ledger.read(s -> s.person(name)).map(Person::id).orElseThrow().value();
  }
}
