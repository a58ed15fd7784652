package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.Labelled;
import needle.app.Checks;
import needle.app.Journal;
import needle.app.Profile;
import needle.app.Ranking;
import needle.app.Scope;
import needle.asks.AskDirection;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.people.Person;
import needle.people.PersonId;

/**
 * A person's page and its quick-log forms. With htmx a form gets back the refreshed scores and
 * timeline; without it, a redirect to the page.
 */
final class PersonRoutes {
  /** What a form's entry kept but looks wrong, for the flash. */
  private static final String WARNINGS = "needle.warnings";

  private static final String SOURCE = "web";

  /** How many names a search-as-you-type picker offers at once. */
  static final int PICKER_SIZE = 10;

  private final Requests requests;

  PersonRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/people/search", this::search);
    routes.get("/people/{id}", this::page);
    routes.post("/people", this::add);
    routes.post("/people/{id}/time", ctx -> logged(ctx, this::time));
    routes.post("/people/{id}/values", ctx -> logged(ctx, this::value));
    routes.post("/people/{id}/asks", ctx -> logged(ctx, this::ask));
  }

  private void page(Context ctx) {
    Scope scope = requests.scope(ctx);
    Profile profile = Profile.of(scope, Requests.personId(ctx), requests.asOf(ctx));
    PersonView view = PersonView.of(profile);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, view.name(), ""));
    params.put("view", view);
    params.put("person", profile.person());
    params.put("done", UndoRoutes.done(ctx, scope));
    params.put("today", requests.today().toString());
    params.put("channels", labels(Channel.values()));
    params.put("kinds", labels(Kind.values()));
    Views.html(ctx, "person.jte", params);
  }

  /** The names a person picker offers for what was typed so far, as datalist options. */
  private void search(Context ctx) {
    String typed = ctx.queryParam("q");
    for (String field : List.of("person", "other")) {
      typed = typed != null ? typed : ctx.queryParam(field);
    }
    // The merge form's picker leaves out the person it merges into.
    String except = ctx.queryParam("except");
    List<String> names =
        typed == null || typed.isBlank()
            ? List.of()
            : Ranking.people(requests.scope(ctx), PersonRoutes.named(requests.today(), typed))
                .rows()
                .stream()
                .filter(p -> except == null || !String.valueOf(p.id()).equals(except))
                .map(Person::name)
                .toList();
    Views.html(ctx, "fragments/peopleOptions.jte", Map.of("names", names));
  }

  /** The query for the first people whose name, company, title or e-mail holds {@code text}. */
  static Ranking.Query named(LocalDate asOf, String text) {
    return new Ranking.Query(asOf, null, null, null, null, null, text, 0, PICKER_SIZE);
  }

  private void add(Context ctx) {
    Person draft =
        Person.named(Requests.required(ctx.formParam("name"), "name", "Ada Lovelace").trim())
            .withTitle(Requests.optional(ctx.formParam("title")))
            .withCompany(Requests.optional(ctx.formParam("company")));
    String email = Requests.optional(ctx.formParam("email"));
    Person added =
        Journal.addPerson(
            requests.scope(ctx), email == null ? draft : draft.withEmails(List.of(email)));
    redirect(ctx, "/people/" + added.id());
  }

  /** Writes what {@code entry} makes of the form, then answers with the fragment or a redirect. */
  private void logged(Context ctx, Entry entry) {
    PersonId id = Requests.personId(ctx);
    LocalDate on =
        Checks.date(
            requests.scope(ctx),
            requests.date(ctx.formParam("on"), "date"),
            ctx.formParam("force") != null);
    entry.log(requests.scope(ctx), Journal.Who.id(id), on, ctx);
    if (Requests.isHtmx(ctx)) {
      List<String> said = ctx.attribute(WARNINGS);
      List<String> warnings = said == null ? List.of() : said;
      Views.html(
          ctx,
          "fragments/personLive.jte",
          Map.of(
              "view",
              view(ctx, id, requests.today()),
              "oob",
              true,
              "warnings",
              warnings,
              "csrf",
              requests.page(ctx, "", "").csrf()));
    } else {
      redirect(ctx, "/people/" + id);
    }
  }

  private void time(Scope scope, Journal.Who who, LocalDate on, Context ctx) {
    double minutes = Requests.number(ctx.formParam("minutes"), "minutes", "30");
    String channel = Requests.optional(ctx.formParam("channel"));
    Channel c = channel == null ? Channel.MEETING : Channel.parse(channel);
    Journal.logTime(scope, who, on, minutes, c, note(ctx), SOURCE);
    ctx.attribute(WARNINGS, Checks.minutes(minutes));
  }

  private void value(Scope scope, Journal.Who who, LocalDate on, Context ctx) {
    Direction direction =
        Direction.parse(Requests.required(ctx.formParam("direction"), "direction", "gave"));
    Kind kind = Kind.parse(Requests.required(ctx.formParam("kind"), "kind", "advice"));
    String points = Requests.optional(ctx.formParam("points"));
    Double value = points == null ? null : Requests.number(points, "points", "3");
    Journal.logValue(scope, who, on, new Journal.Value(direction, kind, value, note(ctx)), SOURCE);
  }

  private void ask(Scope scope, Journal.Who who, LocalDate on, Context ctx) {
    String text = Requests.required(ctx.formParam("text"), "the ask", "an intro to Ana").trim();
    AskDirection direction =
        ctx.formParam("fromThem") != null ? AskDirection.WAS_ASKED : AskDirection.ASKED;
    Journal.ask(scope, who, on, direction, text, SOURCE);
  }

  private PersonView view(Context ctx, PersonId id, LocalDate asOf) {
    return PersonView.of(Profile.of(requests.scope(ctx), id, asOf));
  }

  private static String note(Context ctx) {
    return Requests.optional(ctx.formParam("note"));
  }

  static void redirect(Context ctx, String location) {
    if (Requests.isHtmx(ctx)) {
      ctx.header("HX-Redirect", location);
    } else {
      ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
  }

  private static List<String> labels(Labelled[] values) {
    return java.util.Arrays.stream(values).map(Labelled::label).toList();
  }

  /** Turns a quick-log form into one entry in the ledger. */
  @FunctionalInterface
  private interface Entry {
    void log(Scope scope, Journal.Who who, LocalDate on, Context ctx);
  }
}
