package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsksTest {
  @TempDir Path folder;
  WebFixture web;
  long askId;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    askId =
        web.ledger
            .write(
                s -> {
                  Person p = s.addPerson(Person.named("Ada Lovelace"));
                  return s.log(
                      new Ask(
                          null,
                          p.id(),
                          LocalDate.of(2026, 1, 10),
                          AskDirection.ASKED,
                          "an intro to Charles",
                          Outcome.OPEN,
                          null,
                          "test"));
                })
            .id()
            .value();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void resolvingAnAskAnswersWithItsResolvedRow() {
    HttpResponse<String> response =
        web.postForm("/asks/" + askId + "/resolve", Map.of("outcome", "declined"), true);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("<tr id=\"ask-" + askId + "\"")
        .contains("declined on 2026-03-02")
        .doesNotContain("name=\"outcome\"");
    assertThat(web.asks().get(0).outcome()).isEqualTo(Outcome.DECLINED);
  }

  @Test
  void resolvingAsOpenOrAnUnknownAskIsRefused() {
    assertThat(
            web.postForm("/asks/" + askId + "/resolve", Map.of("outcome", "open"), true)
                .statusCode())
        .isEqualTo(400);
    assertThat(web.postForm("/asks/999/resolve", Map.of("outcome", "granted"), true).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theCoachUnderlinesFindingsInTheDraft() {
    String draft = "Hi! Could we grab coffee sometime so I can pick your brain?";

    String body = web.postForm("/asks/coach", Map.of("draft", draft), true).body();

    assertThat(body)
        .contains("dumb")
        .containsPattern("<mark class=\"bad\" title=\"[^\"]+\">pick your brain</mark>")
        .contains("<li class=\"finding-bad\">");
  }

  @Test
  void theCoachEscapesTheDraft() {
    String draft = "<script>alert(1)</script> Could we grab coffee?";

    String body = web.postForm("/asks/coach", Map.of("draft", draft), true).body();

    assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void anEmptyDraftGetsAPrompt() {
    assertThat(web.postForm("/asks/coach", Map.of("draft", "  "), true).body())
        .contains("Type or paste a draft");
  }

  @Test
  void aDraftIsWrittenFromTheLedgerLintedAndHinted() {
    web.ledger.update(
        s ->
            s.log(
                new needle.ledger.ValueEvent(
                    0,
                    s.requirePerson("Ada Lovelace").id(),
                    LocalDate.of(2026, 2, 1),
                    needle.ledger.Direction.GAVE,
                    needle.ledger.Kind.TOOL,
                    null,
                    "built the notes engine she uses",
                    "test")));

    HttpResponse<String> response =
        web.postForm(
            "/asks/draft",
            Map.of(
                "person", "Ada Lovelace",
                "for", "an intro to Charles Babbage",
                "offer", "a review of your next paper",
                "minutes", "15"),
            true);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Hi Ada,")
        .contains("an intro to Charles Babbage")
        .contains("15 minutes")
        .contains("<mark class=\"good\"")
        .contains("Hints from the ledger")
        .contains("verdict-smart");
    assertThat(web.get("/asks").body()).contains("hx-get=\"/people/search\"");
    assertThat(web.get("/people/search?person=lovel").body())
        .contains("<option value=\"Ada Lovelace\">");
  }

  @Test
  void aDraftForSomeoneUnknownSaysWho() {
    HttpResponse<String> response =
        web.postForm("/asks/draft", Map.of("person", "Charles", "for", "x"), true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unknown person \"Charles\"");
  }
}
