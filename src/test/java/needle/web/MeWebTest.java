package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import needle.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the owner is on the settings page and under {@code /api/me}. */
class MeWebTest {
  @TempDir Path folder;

  @Test
  void theSettingsPageNamesTheOwnerAndAddsAndRemovesTheirAddresses() {
    try (WebFixture web = WebFixture.start(folder)) {
      assertThat(web.get("/settings").body())
          .contains("Who you are")
          .contains("No address of yours yet: imports have to guess which one is you.");

      HttpResponse<String> named =
          web.postForm("/settings/me/name", Map.of("name", "Ada Lovelace"), false);
      web.postForm("/settings/me/add", Map.of("address", "ada@example.org"), false);
      web.postForm("/settings/me/add", Map.of("address", "ada@work.example"), false);
      web.postForm("/settings/me/remove", Map.of("address", "ada@example.org"), false);

      assertThat(named.statusCode()).isEqualTo(303);
      assertThat(named.headers().firstValue("Location")).contains("/settings#me");
      String page = web.get("/settings").body();
      assertThat(page)
          .contains("value=\"Ada Lovelace\"")
          .contains("<span>ada@work.example</span>")
          .doesNotContain("<span>ada@example.org</span>");
    }
  }

  @Test
  void aWrongAddressOnThePageIsOneSentence() {
    try (WebFixture web = WebFixture.start(folder)) {
      HttpResponse<String> bad =
          web.postForm("/settings/me/add", Map.of("address", "not an address"), false);

      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body())
          .contains(
              "\"not an address\" is not an e-mail address or a LinkedIn URL (expected"
                  + " e.g. ada@example.org)");
    }
  }

  @Test
  void thePageSaysWhoInTheLedgerIsTheOwnerAndTheyLeaveTheDashboard() {
    try (WebFixture web =
        WebFixture.start(folder)
            .with(
                s -> {
                  s.addPerson(Person.named("Ada at work").withEmails(List.of("ada@work.example")));
                  s.addPerson(Person.named("Bob Stone"));
                })) {
      assertThat(web.get("/").body()).contains("Ada at work");

      web.postForm("/settings/me/add", Map.of("address", "ada@work.example"), false);

      assertThat(web.get("/settings").body())
          .contains("Also in the ledger under an address of yours: Ada at work.");
      assertThat(web.get("/").body()).doesNotContain("Ada at work").contains("Bob Stone");
    }
  }

  @Test
  void theApiShowsAndChangesWhoTheOwnerIs() {
    try (WebFixture web =
        WebFixture.start(folder)
            .with(
                s ->
                    s.addPerson(
                        Person.named("Ada at work").withEmails(List.of("ada@work.example"))))) {
      HttpResponse<String> added =
          web.postJson("/api/me/addresses", Map.of("address", "ada@work.example"));
      HttpResponse<String> named =
          web.send(
              HttpRequest.newBuilder(web.uri("/api/me/name"))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", web.csrf())
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada Lovelace\"}")));
      web.postJson("/api/me/addresses", Map.of("address", "ada@example.org"));
      HttpResponse<String> removed =
          web.send(
              HttpRequest.newBuilder(web.uri("/api/me/addresses/ada%40example.org"))
                  .header("X-CSRF-Token", web.csrf())
                  .DELETE());

      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(WebFixture.json(added).get("found").get(0).asText()).isEqualTo("Ada at work");
      assertThat(named.statusCode()).isEqualTo(200);
      assertThat(removed.statusCode()).isEqualTo(200);
      JsonNode me = WebFixture.json(web.get("/api/me"));
      assertThat(me.get("name").asText()).isEqualTo("Ada Lovelace");
      assertThat(me.get("emails").toString()).isEqualTo("[\"ada@work.example\"]");
      assertThat(me.get("inLedger").toString()).isEqualTo("[\"Ada at work\"]");
      assertThat(WebFixture.json(web.get("/api/people")).toString()).doesNotContain("Ada at work");
    }
  }

  @Test
  void changingTheOwnerWithoutTheCsrfTokenIsRefused() {
    try (WebFixture web = WebFixture.start(folder)) {
      web.postJson("/api/me/addresses", Map.of("address", "ada@example.org"));

      HttpResponse<String> delete =
          web.send(HttpRequest.newBuilder(web.uri("/api/me/addresses/ada@example.org")).DELETE());
      HttpResponse<String> put =
          web.send(
              HttpRequest.newBuilder(web.uri("/api/me/name"))
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Mallory\"}")));

      assertThat(delete.statusCode()).isEqualTo(403);
      assertThat(put.statusCode()).isEqualTo(403);
      assertThat(WebFixture.json(web.get("/api/me")).get("emails").toString())
          .isEqualTo("[\"ada@example.org\"]");
    }
  }

  @Test
  void anUploadThatHadToGuessTheOwnerSaysWhomItTookAndHowToKeepIt() {
    try (WebFixture web = WebFixture.start(folder)) {
      byte[] mbox =
          """
          From me@example.org Mon Mar  2 09:00:00 2026
          From: Me <me@example.org>
          To: Bob Stone <bob@example.org>
          Date: Mon, 2 Mar 2026 09:00:00 +0000
          Message-ID: <1@example.org>
          Subject: Lunch

          Lunch?

          From me@example.org Tue Mar  3 09:00:00 2026
          From: Me <me@example.org>
          To: Carol Ray <carol@example.org>
          Date: Tue, 3 Mar 2026 09:00:00 +0000
          Message-ID: <2@example.org>
          Subject: Coffee

          Coffee?
          """
              .getBytes(StandardCharsets.UTF_8);

      String result = web.upload("mbox", "sent.mbox", mbox).body();

      assertThat(result)
          .contains(
              "no address of yours is known, so me@example.org was taken as you for this import"
                  + " (found in 2 of 2 messages); if it is yours, remember it with: needle me add"
                  + " me@example.org");
    }
  }
}
