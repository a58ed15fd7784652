package needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import needle.NeedleException;
import needle.app.Entries;
import needle.app.Journal;
import needle.app.PersonRow;
import needle.app.Scope;
import needle.app.TimeRow;
import needle.app.Undo;
import needle.app.ValueRow;
import needle.people.PersonId;

/**
 * The API's changes after the fact: edit, merge and delete people; read, edit and delete time
 * entries and value events. Each answer names the change that {@code POST /api/undo} takes back.
 */
final class ApiEditRoutes {
  private final Requests requests;

  ApiEditRoutes(Requests requests) {
    this.requests = requests;
  }

  /** What a delete answers: what is gone, and the change that {@code POST /api/undo} takes back. */
  record Deletion(String deleted, Undo.Change change) {}

  void register(RoutesConfig routes) {
    routes.patch("/api/people/{id}", this::editPerson);
    routes.delete("/api/people/{id}", this::deletePerson);
    routes.post("/api/people/{id}/merge", this::merge);
    routes.get("/api/time/{id}", ctx -> ctx.json(TimeRow.of(Entries.time(scope(ctx), id(ctx)))));
    routes.patch("/api/time/{id}", this::editTime);
    routes.delete(
        "/api/time/{id}", ctx -> deleteEntry(ctx, Entries.time(scope(ctx), id(ctx)).id()));
    routes.get(
        "/api/values/{id}", ctx -> ctx.json(ValueRow.of(Entries.value(scope(ctx), id(ctx)))));
    routes.patch("/api/values/{id}", this::editValue);
    routes.delete(
        "/api/values/{id}", ctx -> deleteEntry(ctx, Entries.value(scope(ctx), id(ctx)).id()));
  }

  private void editPerson(Context ctx) {
    Fields fields = Fields.json(ctx.body(), Edits.PERSON);
    Journal.Who who = Journal.Who.id(Requests.personId(ctx));
    ctx.json(PersonRow.of(Journal.edit(scope(ctx), who, Edits.person(fields))));
  }

  private void deletePerson(Context ctx) {
    Scope scope = scope(ctx);
    var gone = Journal.deletePerson(scope, Journal.Who.id(Requests.personId(ctx)));
    ctx.json(new Deletion(gone.name(), Undo.latest(scope).orElse(null)));
  }

  private void merge(Context ctx) {
    JsonNode body = WebJson.object(ctx.body());
    JsonNode from = body.get("from");
    if (from == null || !from.canConvertToLong() || body.size() != 1) {
      throw new NeedleException(
          "the body names whom to fold into this person (expected e.g. {\"from\": 12})");
    }
    Journal.Who keep = Journal.Who.id(Requests.personId(ctx));
    Journal.Who gone = Journal.Who.id(new PersonId(from.asLong()));
    ctx.json(PersonRow.of(Journal.merge(scope(ctx), keep, gone)));
  }

  private void editTime(Context ctx) {
    Fields fields = Fields.json(ctx.body(), Edits.TIME);
    ctx.json(TimeRow.of(Journal.editTime(scope(ctx), id(ctx), Edits.time(scope(ctx), fields))));
  }

  private void editValue(Context ctx) {
    Fields fields = Fields.json(ctx.body(), Edits.VALUE);
    ctx.json(ValueRow.of(Journal.editValue(scope(ctx), id(ctx), Edits.value(scope(ctx), fields))));
  }

  /** Deletes the entry {@code id}, which the caller has checked is of the route's kind. */
  static void deleteEntry(Context ctx, long id, Scope scope) {
    Journal.Deleted gone = Journal.deleteEntry(scope, id);
    ctx.json(new Deletion(gone.line(), Undo.latest(scope).orElse(null)));
  }

  private void deleteEntry(Context ctx, long id) {
    deleteEntry(ctx, id, scope(ctx));
  }

  private Scope scope(Context ctx) {
    return requests.scope(ctx);
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
