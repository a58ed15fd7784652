package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixing the ledger from the pages: edit, merge and delete, each confirmed with an undo. */
class EditPagesTest {
  static final LocalDate DAY = LocalDate.of(2026, 2, 10);

  @TempDir Path folder;
  WebFixture web;
  long ada;
  long time;
  long value;
  long ask;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
    web.ledger.update(
        s -> {
          Person p = s.addPerson(Person.named("Ada Lovelace").withTitle("Analyst"));
          ada = p.id().value();
          time = s.log(new TimeEntry(0, p.id(), DAY, 30, Channel.CALL, "t", "first call")).id();
          value =
              s.log(new ValueEvent(0, p.id(), DAY, Direction.GOT, Kind.ADVICE, null, "tip", "t"))
                  .id();
          ask =
              s.log(
                      new Ask(
                          null,
                          p.id(),
                          DAY,
                          AskDirection.ASKED,
                          "an intro",
                          Outcome.OPEN,
                          null,
                          "t"))
                  .id()
                  .value();
          s.addPerson(Person.named("A. Lovelace").withEmails(List.of("ada@example.org")));
        });
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void thePersonPageShowsEachEntrysIdWithItsEditAndDelete() {
    String page = web.get("/people/" + ada).body();

    assertThat(page)
        .contains("#" + time, "href=\"/time/" + time + "/edit\"")
        .contains("href=\"/values/" + value + "/edit\"", "href=\"/asks/" + ask + "/edit\"")
        .contains("action=\"/entries/" + time + "/delete\"")
        .contains("action=\"/people/" + ada + "/edit\"", "action=\"/people/" + ada + "/merge\"");
  }

  @Test
  void aPersonsDetailsAreEditedAndTheChangeCanBeUndone() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "Ada King");
    form.put("title", "VP Engineering");
    form.put("company", "Analytical Engines");
    form.put("emails", "ada@engines.example\nada.king@engines.example");
    form.put("phones", "");
    form.put("tags", "mentor, math");
    form.put("linkedin", "");
    form.put("level", "");
    form.put("cadence", "30");
    form.put("firstMet", "2024-05-01");
    form.put("notes", "met at the Royal Society");

    HttpResponse<String> saved = web.postForm("/people/" + ada + "/edit", form, false);
    String page = follow(saved);

    Person edited = web.ledger.read(s -> s.requirePerson("Ada King"));
    assertThat(edited.title()).isEqualTo("VP Engineering");
    assertThat(edited.emails()).containsExactly("ada@engines.example", "ada.king@engines.example");
    assertThat(edited.tags()).containsExactly("mentor", "math");
    assertThat(edited.cadenceDays()).isEqualTo(30);
    assertThat(edited.firstMet()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(page).contains("Done: edit Ada").contains("Undo</button>");

    undo(page);
    assertThat(web.people()).extracting(Person::name).contains("Ada Lovelace");
  }

  @Test
  void aBadFieldIsRefusedWithASentenceAndChangesNothing() {
    HttpResponse<String> response =
        web.postForm("/people/" + ada + "/edit", Map.of("name", "Ada", "cadence", "-3"), false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("cadence -3 must be a number of days above 0");
    assertThat(web.people()).extracting(Person::name).contains("Ada Lovelace");
  }

  @Test
  void aTimeEntryIsEditedOnItsOwnPage() {
    String form = web.get("/time/" + time + "/edit").body();
    assertThat(form).contains("value=\"30\"", "value=\"first call\"", "Edit time entry " + time);

    follow(
        web.postForm(
            "/time/" + time + "/edit",
            Map.of("on", "2026-02-11", "minutes", "50", "channel", "lunch", "note", "lunch"),
            false));

    TimeEntry t = adas().time().get(0);
    assertThat(t.minutes()).isEqualTo(50);
    assertThat(t.channel()).isEqualTo(Channel.LUNCH);
    assertThat(t.on()).isEqualTo(LocalDate.of(2026, 2, 11));
  }

  @Test
  void anEditToADateBefore1900NeedsTheSameConfirmationAsANewEntry() {
    var refused =
        web.postForm("/time/" + time + "/edit", Map.of("on", "1899-12-31", "minutes", "30"), false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("1899-12-31").contains("name=\"force\"");
    assertThat(adas().time().get(0).on()).isEqualTo(DAY);

    var api =
        web.send(
            java.net.http.HttpRequest.newBuilder(web.uri("/api/time/" + time))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", web.csrf())
                .method(
                    "PATCH",
                    java.net.http.HttpRequest.BodyPublishers.ofString("{\"on\": \"1899-12-31\"}")));
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("force");

    follow(
        web.postForm(
            "/time/" + time + "/edit",
            Map.of("on", "1899-12-31", "minutes", "30", "force", "yes"),
            false));
    assertThat(adas().time().get(0).on()).isEqualTo(LocalDate.of(1899, 12, 31));
  }

  @Test
  void aValueEventAndAnAskAreEdited() {
    follow(
        web.postForm(
            "/values/" + value + "/edit",
            Map.of(
                "on",
                "2026-02-10",
                "direction",
                "gave",
                "kind",
                "referral",
                "points",
                "4",
                "note",
                ""),
            false));
    String asks =
        follow(
            web.postForm(
                "/asks/" + ask + "/edit",
                Map.of(
                    "on",
                    "2026-02-10",
                    "text",
                    "an intro to Charles",
                    "direction",
                    "asked",
                    "outcome",
                    "declined",
                    "resolvedOn",
                    "2026-02-20",
                    "back",
                    "/asks"),
                false));

    ValueEvent v = adas().values().get(0);
    assertThat(v.direction()).isEqualTo(Direction.GAVE);
    assertThat(v.kind()).isEqualTo(Kind.REFERRAL);
    assertThat(v.points()).isEqualTo(4.0);
    assertThat(v.note()).isNull();
    Ask a = web.asks().get(0);
    assertThat(a.text()).isEqualTo("an intro to Charles");
    assertThat(a.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(a.resolvedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(asks).contains("<h1>Asks</h1>", "Done: edit ask");
  }

  @Test
  void anEntryIsDeletedAndTheConfirmationsUndoBringsItBack() {
    HttpResponse<String> deleted = web.postForm("/entries/" + time + "/delete", Map.of(), false);
    assertThat(deleted.headers().firstValue("Location").orElseThrow())
        .startsWith("/people/" + ada + "?done=");
    String page = follow(deleted);

    assertThat(adas().time()).isEmpty();
    assertThat(page).contains("Done: delete time entry " + time, "Undo</button>");

    String undone = undo(page);
    assertThat(undone).contains("was taken back.").doesNotContain("delete time entry " + time);
    assertThat(adas().time()).hasSize(1);
  }

  @Test
  void anAskIsDeletedFromTheAsksPage() {
    String asks = web.get("/asks").body();
    assertThat(asks).contains("action=\"/entries/" + ask + "/delete\"");

    HttpResponse<String> deleted =
        web.postForm("/entries/" + ask + "/delete", Map.of("back", "/asks"), false);

    assertThat(deleted.headers().firstValue("Location").orElseThrow()).startsWith("/asks?done=");
    assertThat(follow(deleted)).contains("Done: delete ask " + ask);
    assertThat(web.asks()).isEmpty();
  }

  @Test
  void anotherSitesAddressIsNeverWhereAChangeGoesBack() {
    HttpResponse<String> deleted =
        web.postForm("/entries/" + ask + "/delete", Map.of("back", "//evil.example/"), false);

    assertThat(deleted.headers().firstValue("Location").orElseThrow())
        .startsWith("/people/" + ada + "?done=");
  }

  @Test
  void theMergePickerOffersOthersAndTheMergeFoldsThemIn() {
    String offered = web.get("/people/search?other=Lovelace&except=" + ada).body();
    assertThat(offered).contains("A. Lovelace").doesNotContain("\"Ada Lovelace\"");

    String page =
        follow(web.postForm("/people/" + ada + "/merge", Map.of("other", "A. Lovelace"), false));

    assertThat(web.people()).extracting(Person::name).containsExactly("Ada Lovelace");
    assertThat(web.people().get(0).emails()).contains("ada@example.org");
    assertThat(page).contains("Done: merge A. Lovelace into Ada Lovelace");
  }

  @Test
  void aPersonIsDeletedAndTheDashboardOffersTheUndo() {
    HttpResponse<String> deleted = web.postForm("/people/" + ada + "/delete", Map.of(), false);
    assertThat(deleted.headers().firstValue("Location").orElseThrow()).startsWith("/?done=");
    String dashboard = follow(deleted);

    assertThat(web.people()).extracting(Person::name).containsExactly("A. Lovelace");
    assertThat(dashboard).contains("Done: delete Ada Lovelace", "Undo</button>");

    undo(dashboard);
    assertThat(web.people()).hasSize(2);
    assertThat(adas().time()).hasSize(1);
  }

  @Test
  void theChangesPageListsTheLatestAndUndoesTheFirst() {
    web.postForm("/entries/" + time + "/delete", Map.of(), false);
    web.postForm("/entries/" + value + "/delete", Map.of(), false);

    String changes = web.get("/undo").body();
    assertThat(changes).contains("delete time entry " + time, "delete value event " + value);
    assertThat(changes.indexOf("delete value event")).isLessThan(changes.indexOf("delete time"));

    undo(changes);
    assertThat(adas().values()).hasSize(1);
    assertThat(adas().time()).isEmpty();
  }

  @Test
  void anOldUndoButtonNeverTakesBackALaterChange() {
    String page = follow(web.postForm("/entries/" + time + "/delete", Map.of(), false));
    web.postForm("/entries/" + value + "/delete", Map.of(), false);

    HttpResponse<String> stale = web.postForm("/undo", Map.of("step", changeIn(page)), false);

    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(stale.body()).contains("that change is no longer the latest");
    assertThat(adas().values()).isEmpty();
  }

  /** Everything logged with Ada. */
  private needle.ledger.History adas() {
    return web.ledger.read(s -> s.history(s.person(new needle.people.PersonId(ada)).orElseThrow()));
  }

  /** The page a redirect leads to. */
  private String follow(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    HttpResponse<String> page = web.get(response.headers().firstValue("Location").orElseThrow());
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  /** Presses the page's undo button. */
  private String undo(String page) {
    return follow(web.postForm("/undo", Map.of("step", changeIn(page)), false));
  }

  private static String changeIn(String page) {
    Matcher m = Pattern.compile("name=\"step\" value=\"(\\d+)\"").matcher(page);
    assertThat(m.find()).as("an undo button in the page").isTrue();
    return m.group(1);
  }
}
