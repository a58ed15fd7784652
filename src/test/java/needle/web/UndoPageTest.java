package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes page and {@code /api/undo}: the web takes back what the CLI can. */
class UndoPageTest {
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
  void theChangesPageListsTheLatestAndItsButtonTakesItBack() {
    web.postForm("/people/" + ada + "/time", Map.of("minutes", "45"), false);

    String page = web.get("/undo").body();
    assertThat(page).contains("log 45 min with Ada Lovelace").contains("name=\"step\"");
    String step = page.replaceAll("(?s).*name=\"step\" value=\"(\\d+)\".*", "$1");

    HttpResponse<String> undone = web.postForm("/undo", Map.of("step", step), false);
    assertThat(undone.statusCode()).isEqualTo(303);
    assertThat(undone.headers().firstValue("Location")).hasValue("/undo?undone=" + step);
    assertThat(web.get("/undo?undone=" + step).body())
        .contains("Change " + step + " was taken back.")
        .doesNotContain("log 45 min");
    assertThat(web.get("/people/" + ada).body()).doesNotContain("45 min · meeting");
  }

  @Test
  void anUndoLinkForAChangeThatIsNoLongerTheLatestChangesNothing() {
    web.postForm("/people/" + ada + "/time", Map.of("minutes", "45"), false);
    String page = web.get("/undo").body();
    String step = page.replaceAll("(?s).*name=\"step\" value=\"(\\d+)\".*", "$1");
    web.postForm("/people/" + ada + "/time", Map.of("minutes", "20"), false);

    HttpResponse<String> refused = web.postForm("/undo", Map.of("step", step), false);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("no longer the latest").contains("log 20 min with Ada");
    assertThat(web.get("/people/" + ada).body()).contains("45 min · meeting", "20 min · meeting");
  }

  @Test
  void theApiListsAndTakesBackChanges() throws Exception {
    web.postForm("/people/" + ada + "/time", Map.of("minutes", "45"), false);

    var list = WebFixture.json(web.get("/api/undo"));
    assertThat(list.get(0).get("change").asText()).isEqualTo("log 45 min with Ada Lovelace");
    long step = list.get(0).get("id").asLong();

    var undone = WebFixture.json(web.postJson("/api/undo", Map.of("step", step)));
    assertThat(undone.get("id").asLong()).isEqualTo(step);
    var nothing = web.postJson("/api/undo", Map.of());
    assertThat(nothing.statusCode()).isEqualTo(200);
    assertThat(WebFixture.json(nothing).get("change").asText())
        .isEqualTo("change"); // the fixture's own write
    var empty = web.postJson("/api/undo", Map.of());
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"there is nothing to undo\"");
  }
}
