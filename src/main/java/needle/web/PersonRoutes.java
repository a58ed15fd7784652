package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.Labelled;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonId;
import needle.scoring.History;
import needle.storage.LedgerSession;

/**
 * A person's page and its quick-log forms. With htmx a form gets back the refreshed scores and
 * timeline; without it, a redirect to the page.
 */
final class PersonRoutes {
  private static final String SOURCE = "web";
  private final Requests requests;

  PersonRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/people/{id}", this::page);
    routes.post("/people", this::add);
    routes.post("/people/{id}/time", ctx -> logged(ctx, this::time));
    routes.post("/people/{id}/values", ctx -> logged(ctx, this::value));
    routes.post("/people/{id}/asks", ctx -> logged(ctx, this::ask));
  }

  private void page(Context ctx) {
    PersonView view = view(ctx, Requests.personId(ctx));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, view.name(), ""));
    params.put("view", view);
    params.put("today", requests.today().toString());
    params.put("channels", labels(Channel.values()));
    params.put("kinds", labels(Kind.values()));
    Views.html(ctx, "person.jte", params);
  }

  private void add(Context ctx) {
    Person draft =
        Person.named(Requests.required(ctx.formParam("name"), "name", "Ada Lovelace").trim())
            .withTitle(Requests.optional(ctx.formParam("title")))
            .withCompany(Requests.optional(ctx.formParam("company")));
    String email = Requests.optional(ctx.formParam("email"));
    Person added =
        requests
            .ledger(ctx)
            .write(s -> s.addPerson(email == null ? draft : draft.withEmails(List.of(email))));
    redirect(ctx, "/people/" + added.id());
  }

  /** Writes what {@code entry} makes of the form, then answers with the fragment or a redirect. */
  private void logged(Context ctx, Entry entry) {
    PersonId id = Requests.personId(ctx);
    LocalDate on = requests.date(ctx.formParam("on"), "date");
    requests.ledger(ctx).update(s -> entry.log(s, Requests.person(s, id), on, ctx));
    if (Requests.isHtmx(ctx)) {
      Views.html(ctx, "fragments/personLive.jte", Map.of("view", view(ctx, id), "oob", true));
    } else {
      redirect(ctx, "/people/" + id);
    }
  }

  private void time(LedgerSession s, Person p, LocalDate on, Context ctx) {
    double minutes = Requests.number(ctx.formParam("minutes"), "minutes", "30");
    String channel = Requests.optional(ctx.formParam("channel"));
    Channel c = channel == null ? Channel.MEETING : Channel.parse(channel);
    s.log(new TimeEntry(0, p.id(), on, minutes, c, SOURCE, note(ctx)));
  }

  private void value(LedgerSession s, Person p, LocalDate on, Context ctx) {
    Direction direction =
        Direction.parse(Requests.required(ctx.formParam("direction"), "direction", "gave"));
    Kind kind = Kind.parse(Requests.required(ctx.formParam("kind"), "kind", "advice"));
    String points = Requests.optional(ctx.formParam("points"));
    Double value = points == null ? null : Requests.number(points, "points", "3");
    s.log(new ValueEvent(0, p.id(), on, direction, kind, value, note(ctx), SOURCE));
  }

  private void ask(LedgerSession s, Person p, LocalDate on, Context ctx) {
    String text = Requests.required(ctx.formParam("text"), "the ask", "an intro to Ana").trim();
    AskDirection direction =
        ctx.formParam("fromThem") != null ? AskDirection.WAS_ASKED : AskDirection.ASKED;
    s.log(new Ask(null, p.id(), on, direction, text, Outcome.OPEN, null, SOURCE));
  }

  private PersonView view(Context ctx, PersonId id) {
    History h = requests.ledger(ctx).read(s -> s.history(Requests.person(s, id)));
    return PersonView.of(
        h, requests.scorer().score(h, requests.today()), requests.setup().scoring().policy());
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
    void log(LedgerSession s, Person p, LocalDate on, Context ctx);
  }
}
