package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.people.Person;
import needle.people.PersonId;

/** The API's asks: list, record, resolve. */
final class ApiAskRoutes {
  private static final String SOURCE = "api";
  private final Requests requests;

  ApiAskRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/asks", this::asks);
    routes.post("/api/asks", this::addAsk);
    routes.post("/api/asks/{id}/resolve", this::resolve);
  }

  private void asks(Context ctx) {
    LocalDate asOf = requests.asOf(ctx);
    boolean open = "true".equals(ctx.queryParam("open"));
    ApiRoutes.json(
        ctx,
        requests
            .ledger(ctx)
            .read(
                s -> {
                  Map<PersonId, Person> people =
                      s.people().stream()
                          .collect(Collectors.toMap(Person::id, Function.identity()));
                  return s.asks().stream()
                      .filter(a -> !open || a.isOpenAsOf(asOf))
                      .map(a -> row(requests, a, people.get(a.person()), asOf))
                      .toList();
                }));
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
    LocalDate on = requests.date(body.on(), "on");
    Map<String, Object> row =
        requests
            .ledger(ctx)
            .write(
                s -> {
                  Person p = Requests.person(s, new PersonId(body.personId()));
                  Ask saved =
                      s.log(new Ask(null, p.id(), on, direction, text, Outcome.OPEN, null, SOURCE));
                  return row(requests, saved, p, requests.today());
                });
    ApiRoutes.created(ctx, row);
  }

  private void resolve(Context ctx) {
    AskId id = Requests.askId(ctx);
    ApiBodies.Resolution body = WebJson.read(ctx.body(), ApiBodies.Resolution.class);
    Outcome outcome =
        Outcome.parseResolution(Requests.required(body.outcome(), "outcome", "\"granted\""));
    LocalDate on = requests.date(body.on(), "on");
    ApiRoutes.json(
        ctx,
        requests
            .ledger(ctx)
            .write(
                s -> {
                  Requests.ask(s, id);
                  Ask done = s.resolve(id, outcome, on);
                  return row(requests, done, Requests.person(s, done.person()), on);
                }));
  }

  static Map<String, Object> row(Requests requests, Ask a, Person p, LocalDate asOf) {
    return ApiRows.ask(a, p, asOf, requests.setup().scoring().policy().followUpDays());
  }
}
