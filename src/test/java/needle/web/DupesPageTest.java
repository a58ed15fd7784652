package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DupesPageTest {
  @TempDir Path folder;
  WebFixture web;
  long anne;
  long address;

  @BeforeEach
  void start() {
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  s.addPerson(
                      Person.named("Anne C. Koehler").withEmails(List.of("c..koehler@enron.com")));
                  s.addPerson(
                      Person.named("anne.koehler@enron.com")
                          .withEmails(List.of("anne.koehler@enron.com")));
                  s.addPerson(Person.named("Grace Hopper"));
                });
    anne = web.ledger.read(s -> s.requirePerson("Anne C. Koehler")).id().value();
    address = web.ledger.read(s -> s.requirePerson("anne.koehler@enron.com")).id().value();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void thePageShowsEachSuggestionWithItsReasonAndAMergeButton() {
    HttpResponse<String> page = web.get("/dupes");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<a href=\"/people/" + anne + "\">Anne C. Koehler</a>")
        .contains("is an e-mail address that reads as Anne Koehler, which fits Anne C. Koehler")
        .contains("<form class=\"merge\" method=\"post\" action=\"/dupes/merge\">")
        .contains("name=\"csrf\" value=\"" + web.csrf() + "\"")
        .contains("name=\"keep\" value=\"" + anne + "\"")
        .contains("name=\"gone\" value=\"" + address + "\"")
        .contains("<code>needle person merge \"Anne C. Koehler\" anne.koehler@enron.com</code>")
        .doesNotContain("Grace Hopper");
  }

  @Test
  void everyPageLinksToTheDuplicates() {
    assertThat(web.get("/").body()).contains("<a href=\"/dupes\"");
    assertThat(web.get("/dupes").body()).contains("<a href=\"/dupes\" aria-current=\"page\">");
  }

  @Test
  void theMergeButtonMergesAndTheConfirmationOffersUndo() {
    HttpResponse<String> merged =
        web.postForm(
            "/dupes/merge",
            Map.of("keep", String.valueOf(anne), "gone", String.valueOf(address)),
            false);

    assertThat(merged.statusCode()).isEqualTo(303);
    String location = merged.headers().firstValue("Location").orElseThrow();
    assertThat(web.people())
        .extracting(Person::name)
        .containsExactlyInAnyOrder("Anne C. Koehler", "Grace Hopper");
    assertThat(web.ledger.read(s -> s.requirePerson("Anne C. Koehler")).emails())
        .containsExactlyInAnyOrder("c..koehler@enron.com", "anne.koehler@enron.com");

    String confirmation = web.get(location).body();
    assertThat(confirmation)
        .contains(
            "Merged anne.koehler@enron.com into <a href=\"/people/"
                + anne
                + "\">Anne C. Koehler</a>")
        .contains("<form class=\"undo\" method=\"post\" action=\"/undo\">")
        .contains("No likely duplicates.");
  }

  @Test
  void aMergeWithoutTheSecurityTokenIsRefused() {
    HttpResponse<String> refused =
        web.postFormRaw(
            "/dupes/merge",
            Map.of("keep", String.valueOf(anne), "gone", String.valueOf(address)),
            false);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(web.people()).hasSize(3);
  }

  @Test
  void aSuggestionMergedMeanwhileSaysItIsOutOfDate() {
    web.postForm(
        "/dupes/merge",
        Map.of("keep", String.valueOf(anne), "gone", String.valueOf(address)),
        false);

    HttpResponse<String> again =
        web.postForm(
            "/dupes/merge",
            Map.of("keep", String.valueOf(anne), "gone", String.valueOf(address)),
            false);

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body())
        .contains(
            "that suggestion is out of date: person "
                + address
                + " is no longer in the ledger (reload the duplicates to see the current ones)");
  }

  @Test
  void theApiAnswersTheSuggestionsAsDupesJsonDoes() {
    JsonNode rows = WebFixture.json(web.get("/api/dupes"));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("keep").asText()).isEqualTo("Anne C. Koehler");
    assertThat(rows.get(0).get("gone").asText()).isEqualTo("anne.koehler@enron.com");
    assertThat(rows.get(0).get("keepId").asLong()).isEqualTo(anne);
    assertThat(rows.get(0).get("goneId").asLong()).isEqualTo(address);
    assertThat(rows.get(0).get("rule").asText()).isEqualTo("address-as-name");
    assertThat(rows.get(0).get("merge").asText())
        .isEqualTo("needle person merge \"Anne C. Koehler\" anne.koehler@enron.com");
  }
}
