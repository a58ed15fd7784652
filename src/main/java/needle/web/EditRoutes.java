package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.app.Entries;
import needle.app.Journal;
import needle.app.Scope;
import needle.asks.AskId;
import needle.ledger.Channel;
import needle.ledger.Kind;
import needle.people.Person;
import needle.people.PersonId;

/**
 * Fixing the ledger from the pages: a person's details, merge and delete; edit and delete a time
 * entry, a value event or an ask. Plain forms: each change redirects to the page it belongs to,
 * which confirms it with an undo button.
 */
final class EditRoutes {
  private final Requests requests;

  EditRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.post("/people/{id}/edit", this::editPerson);
    routes.post("/people/{id}/merge", this::merge);
    routes.post("/people/{id}/delete", this::deletePerson);
    routes.get("/time/{id}/edit", ctx -> form(ctx, EntryForm.of(time(ctx))));
    routes.post("/time/{id}/edit", this::editTime);
    routes.get("/values/{id}/edit", ctx -> form(ctx, EntryForm.of(value(ctx))));
    routes.post("/values/{id}/edit", this::editValue);
    routes.get("/asks/{id}/edit", ctx -> form(ctx, EntryForm.of(ask(ctx))));
    routes.post("/asks/{id}/edit", this::editAsk);
    routes.post("/entries/{id}/delete", this::deleteEntry);
  }

  private void editPerson(Context ctx) {
    Scope scope = requests.scope(ctx);
    PersonId id = Requests.personId(ctx);
    Journal.edit(scope, Journal.Who.id(id), Edits.person(Fields.form(ctx)));
    UndoRoutes.redirectDone(ctx, scope, "/people/" + id);
  }

  /** Folds the person picked by name into this one. */
  private void merge(Context ctx) {
    Scope scope = requests.scope(ctx);
    PersonId id = Requests.personId(ctx);
    String other = Requests.required(ctx.formParam("other"), "the person to merge", "Ada L.");
    Journal.merge(scope, Journal.Who.id(id), Journal.Who.named(other.trim()));
    UndoRoutes.redirectDone(ctx, scope, "/people/" + id);
  }

  private void deletePerson(Context ctx) {
    Scope scope = requests.scope(ctx);
    Journal.deletePerson(scope, Journal.Who.id(Requests.personId(ctx)));
    UndoRoutes.redirectDone(ctx, scope, "/");
  }

  private void editTime(Context ctx) {
    Scope scope = requests.scope(ctx);
    var saved = Journal.editTime(scope, id(ctx), Edits.time(scope, Fields.form(ctx)));
    UndoRoutes.redirectDone(ctx, scope, back(ctx, saved.person()));
  }

  private void editValue(Context ctx) {
    Scope scope = requests.scope(ctx);
    var saved = Journal.editValue(scope, id(ctx), Edits.value(scope, Fields.form(ctx)));
    UndoRoutes.redirectDone(ctx, scope, back(ctx, saved.person()));
  }

  private void editAsk(Context ctx) {
    Scope scope = requests.scope(ctx);
    Fields fields = Fields.form(ctx);
    var saved = Journal.editAsk(scope, Requests.askId(ctx), Edits.ask(scope, fields));
    UndoRoutes.redirectDone(ctx, scope, back(ctx, saved.person()));
  }

  private void deleteEntry(Context ctx) {
    Scope scope = requests.scope(ctx);
    Journal.Deleted gone = Journal.deleteEntry(scope, id(ctx));
    UndoRoutes.redirectDone(ctx, scope, back(ctx, gone.person().id()));
  }

  /** The page the form came from (its {@code back} field), else the person's page. */
  private static String back(Context ctx, PersonId person) {
    String back = UndoRoutes.back(ctx.formParam("back"));
    return back != null ? back : "/people/" + person;
  }

  private void form(Context ctx, EntryForm entry) {
    Person person = Journal.person(requests.scope(ctx), new PersonId(entry.personId()));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Edit " + entry.what() + " " + entry.id(), ""));
    params.put("entry", entry);
    params.put("person", person.name());
    params.put("back", UndoRoutes.back(ctx.queryParam("back")));
    params.put("channels", java.util.Arrays.stream(Channel.values()).map(Channel::label).toList());
    params.put("kinds", java.util.Arrays.stream(Kind.values()).map(Kind::label).toList());
    Views.html(ctx, "entry.jte", params);
  }

  private needle.ledger.TimeEntry time(Context ctx) {
    return Entries.time(requests.scope(ctx), id(ctx));
  }

  private needle.ledger.ValueEvent value(Context ctx) {
    return Entries.value(requests.scope(ctx), id(ctx));
  }

  private needle.asks.Ask ask(Context ctx) {
    return Entries.ask(requests.scope(ctx), new AskId(id(ctx)));
  }

  private static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new needle.app.NotFound("entry", "\"" + text + "\"");
    }
  }
}
