package needle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard at the size of a real network: pages of 50, search, filters, and the chart. */
class DashboardListingTest {
  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  for (int i = 0; i < 120; i++) {
                    Person p =
                        s.addPerson(
                            Person.named(String.format("Person %03d", i))
                                .withCompany(i % 2 == 0 ? "Northwind" : "Contoso"));
                    if (i < 30) {
                      s.log(
                          new TimeEntry(
                              0, p.id(), WebFixture.TODAY, 60 + i, Channel.CALL, "t", null));
                    }
                  }
                });
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void theTableShowsFiftyRowsWithALinkToTheNext() {
    String page = web.get("/").body();

    assertThat(page.split("<tr class=\"cls-", -1)).hasSize(51);
    assertThat(page).contains("Showing 1–50 of 120").contains("href=\"/?page=2\"");
    String second = web.get("/?page=3").body();
    assertThat(second)
        .contains("Showing 101–120 of 120")
        .contains("rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void theNextLinkKeepsTheSortAndFilters() {
    String page = web.get("/?by=hours&company=north").body();

    assertThat(page).contains("Showing 1–50 of 60 matching (120 in all)");
    assertThat(page).contains("href=\"/?by=hours&amp;company=north&amp;page=2\"");
  }

  @Test
  void searchFindsAPersonByPartOfTheName() {
    String page = web.get("/?q=son%20042").body();

    assertThat(page).contains("Person 042").doesNotContain("Person 041");
  }

  @Test
  void withHtmxOnlyTheTableComesBack() {
    var response =
        web.send(
            java.net.http.HttpRequest.newBuilder(web.uri("/?q=007")).header("HX-Request", "true"));

    assertThat(response.body()).startsWith("<div id=\"ranking\">").contains("Person 007");
  }

  @Test
  void theChartPlotsOnlyPeopleWithHistoryAndCountsTheRest() {
    String page = web.get("/").body();

    assertThat(page).contains("90 people with no history yet");
  }

  @Test
  void theChartsBubblesComeFromTheirOwnRouteAsJson() {
    var chart = web.get("/dashboard/chart");
    JsonNode points = WebFixture.json(chart);

    assertThat(chart.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(points).hasSize(30);
    // The most hours first: Person 029 logged 89 minutes.
    assertThat(points.get(0).get("name").asText()).isEqualTo("Person 029");
    assertThat(points.get(0).get("hours").asDouble()).isEqualTo(89 / 60.0, within(0.0001));
    assertThat(points.get(0).get("url").asText()).startsWith("/people/");
    assertThat(points.get(0).has("roi") && points.get(0).has("level") && points.get(0).has("cls"))
        .isTrue();
  }

  @Test
  void theChartsBubblesHonourTheDateAsked() {
    assertThat(WebFixture.json(web.get("/dashboard/chart?asOf=2026-01-01"))).isEmpty();
    assertThat(web.get("/?asOf=2026-01-01").body())
        .contains("data-src=\"/dashboard/chart?asOf=2026-01-01\"")
        .contains("120 people with no history yet");
    assertThat(web.get("/dashboard/chart?asOf=someday").statusCode()).isEqualTo(400);
  }

  @Test
  void theApiAnswersAPersonPickersQuery() {
    JsonNode found = WebFixture.json(web.get("/api/people?q=person%2001&limit=5"));

    assertThat(found).hasSize(5);
    assertThat(found.get(0).get("name").asText()).isEqualTo("Person 010");
  }
}
