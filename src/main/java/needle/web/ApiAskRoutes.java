package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import needle.NeedleException;
import needle.app.AskList;
import needle.app.Checks;
import needle.app.Entries;
import needle.app.Journal;
import needle.app.Scope;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.people.PersonId;

/** The API's asks: list, record, read, edit, resolve and delete. */
final class ApiAskRoutes {
  private static final String SOURCE = "api";
  private final Requests requests;

  ApiAskRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/asks", this::asks);
    routes.post("/api/asks", this::addAsk);
    routes.get("/api/asks/{id}", this::ask);
    routes.patch("/api/asks/{id}", this::edit);
    routes.delete("/api/asks/{id}", this::delete);
    routes.post("/api/asks/{id}/resolve", this::resolve);
  }

  private void ask(Context ctx) {
    Scope scope = requests.scope(ctx);
    ctx.json(AskList.row(scope, Entries.ask(scope, Requests.askId(ctx)), requests.asOf(ctx)));
  }

  private void edit(Context ctx) {
    Fields fields = Fields.json(ctx.body(), Edits.ASK);
    Scope scope = requests.scope(ctx);
    Ask saved = Journal.editAsk(scope, Requests.askId(ctx), Edits.ask(scope, fields));
    ctx.json(AskList.row(scope, saved, requests.today()));
  }

  private void delete(Context ctx) {
    Scope scope = requests.scope(ctx);
    Ask ask = Entries.ask(scope, Requests.askId(ctx));
    ApiEditRoutes.deleteEntry(ctx, ask.id().value(), scope);
  }

  private void asks(Context ctx) {
    boolean open = "true".equals(ctx.queryParam("open"));
    ctx.json(AskList.asOf(requests.scope(ctx), requests.asOf(ctx), open));
  }

  private void addAsk(Context ctx) {
    ApiBodies.NewAsk body = WebJson.read(ctx.body(), ApiBodies.NewAsk.class);
    if (body.personId() == null) {
      throw new NeedleException(
          "personId is missing (expected e.g. {\"personId\": 1, \"text\": \"an intro to Ana\"})");
    }
    String text = Requests.required(body.text(), "text", "\"an intro to Ana\"").trim();
    AskDirection direction =
        Boolean.TRUE.equals(body.fromThem()) ? AskDirection.WAS_ASKED : AskDirection.ASKED;
    Scope scope = requests.scope(ctx);
    LocalDate on =
        Checks.date(scope, requests.date(body.on(), "on"), ApiRoutes.forced(body.force()));
    Journal.Who who = Journal.Who.id(new PersonId(body.personId()));
    Ask saved = Journal.ask(scope, who, on, direction, text, SOURCE);
    ApiRoutes.created(ctx, AskList.row(scope, saved, requests.today()));
  }

  private void resolve(Context ctx) {
    AskId id = Requests.askId(ctx);
    ApiBodies.Resolution body = WebJson.read(ctx.body(), ApiBodies.Resolution.class);
    Outcome outcome =
        Outcome.parseResolution(Requests.required(body.outcome(), "outcome", "\"granted\""));
    Scope scope = requests.scope(ctx);
    LocalDate on =
        Checks.date(scope, requests.date(body.on(), "on"), ApiRoutes.forced(body.force()));
    ctx.json(AskList.row(scope, Journal.resolve(scope, id, outcome, on), on));
  }
}
