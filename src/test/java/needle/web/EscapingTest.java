package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {
  static final String SCRIPT_NAME = "</script><script>alert(1)</script>";
  static final String SQL_NOTE = "'; DROP TABLE person; --";

  @TempDir Path folder;
  WebFixture web;
  long id;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    id =
        web.ledger
            .write(
                s -> {
                  Person p = s.addPerson(Person.named(SCRIPT_NAME).withTitle("<b>CEO</b>"));
                  s.log(
                      new TimeEntry(
                          0,
                          p.id(),
                          LocalDate.of(2026, 2, 1),
                          60,
                          Channel.CALL,
                          "t",
                          "<img src=x onerror=alert(2)>"));
                  return p;
                })
            .id()
            .value();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void aNameThatClosesTheScriptIsInertInTheDashboardAndItsChartData() {
    String body = web.get("/").body();
    String chart = web.get("/dashboard/chart").body();

    assertThat(body).doesNotContain("<script>alert(1)").doesNotContain("<b>CEO</b>");
    assertThat(body).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(chart).doesNotContain("<", ">", "</").contains("\\u003C/script\\u003E");
  }

  @Test
  void notesAndNamesAreEscapedOnThePersonPage() {
    String body = web.get("/people/" + id).body();

    assertThat(body).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void sqlLookingTextIsStoredAndShownVerbatim() {
    web.postForm(
        "/people/" + id + "/values",
        Map.of("direction", "gave", "kind", "advice", "note", SQL_NOTE),
        false);

    assertThat(web.first().values().get(0).note()).isEqualTo(SQL_NOTE);
    assertThat(unescape(web.get("/people/" + id).body())).contains(SQL_NOTE);
    assertThat(
            WebFixture.json(web.get("/api/people/" + id)).get("values").get(0).get("note").asText())
        .isEqualTo(SQL_NOTE);
    assertThat(web.people()).hasSize(1);
  }

  /** The text a browser shows for HTML that jte escaped. */
  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
