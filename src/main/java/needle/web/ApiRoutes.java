package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonId;
import needle.scoring.Figures;
import needle.scoring.History;
import needle.scoring.SortKey;
import needle.scoring.Today;
import needle.storage.LedgerSession;

/** The JSON REST API under {@code /api}, described by {@code /api/openapi.json}. */
final class ApiRoutes {
  private static final String SOURCE = "api";
  private static final String OPENAPI = "/needle/web/openapi.json";
  private final Requests requests;

  ApiRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    routes.get("/api/csrf", ctx -> json(ctx, Map.of("csrf", requests.page(ctx, "", "").csrf())));
    routes.get(
        "/api/people",
        ctx -> json(ctx, read(ctx, s -> s.people().stream().map(ApiRows::person).toList())));
    routes.post("/api/people", this::addPerson);
    routes.get("/api/people/{id}", this::person);
    routes.post("/api/people/{id}/time", this::logTime);
    routes.post("/api/people/{id}/values", this::logValue);
    routes.get("/api/rank", this::rank);
    routes.get("/api/today", this::today);
  }

  private void addPerson(Context ctx) {
    ApiBodies.NewPerson body = WebJson.read(ctx.body(), ApiBodies.NewPerson.class);
    Person draft =
        Person.named(Requests.required(body.name(), "name", "\"Ada Lovelace\"").trim())
            .withTitle(body.title())
            .withCompany(body.company())
            .withEmails(body.emails() == null ? List.of() : body.emails());
    created(ctx, ApiRows.person(requests.ledger(ctx).write(s -> s.addPerson(draft))));
  }

  private void person(Context ctx) {
    PersonId id = Requests.personId(ctx);
    LocalDate asOf = requests.asOf(ctx);
    History h = read(ctx, s -> s.history(Requests.person(s, id)));
    Map<String, Object> row = ApiRows.person(h.person());
    row.put("score", Figures.row(requests.scorer().score(h, asOf)));
    row.put("time", h.time().stream().map(ApiRows::time).toList());
    row.put("values", h.values().stream().map(ApiRows::value).toList());
    row.put(
        "asks",
        h.asks().stream().map(a -> ApiAskRoutes.row(requests, a, h.person(), asOf)).toList());
    json(ctx, row);
  }

  private void logTime(Context ctx) {
    PersonId id = Requests.personId(ctx);
    ApiBodies.NewTime body = WebJson.read(ctx.body(), ApiBodies.NewTime.class);
    if (body.minutes() == null) {
      throw new needle.NeedleException("minutes is missing (expected e.g. {\"minutes\": 30})");
    }
    LocalDate on = requests.date(body.on(), "on");
    Channel channel = body.channel() == null ? Channel.MEETING : Channel.parse(body.channel());
    TimeEntry saved =
        requests
            .ledger(ctx)
            .write(
                s ->
                    s.log(
                        new TimeEntry(
                            0,
                            Requests.person(s, id).id(),
                            on,
                            body.minutes(),
                            channel,
                            SOURCE,
                            body.note())));
    created(ctx, ApiRows.time(saved));
  }

  private void logValue(Context ctx) {
    PersonId id = Requests.personId(ctx);
    ApiBodies.NewValue body = WebJson.read(ctx.body(), ApiBodies.NewValue.class);
    Direction direction =
        Direction.parse(Requests.required(body.direction(), "direction", "\"gave\""));
    Kind kind = Kind.parse(Requests.required(body.kind(), "kind", "\"advice\""));
    LocalDate on = requests.date(body.on(), "on");
    ValueEvent saved =
        requests
            .ledger(ctx)
            .write(
                s ->
                    s.log(
                        new ValueEvent(
                            0,
                            Requests.person(s, id).id(),
                            on,
                            direction,
                            kind,
                            body.points(),
                            body.note(),
                            SOURCE)));
    created(ctx, ApiRows.value(saved));
  }

  private void rank(Context ctx) {
    LocalDate asOf = requests.asOf(ctx);
    String by = ctx.queryParam("by");
    SortKey key = by == null ? SortKey.ROI : SortKey.parse(by);
    List<History> histories = read(ctx, LedgerSession::histories);
    json(ctx, requests.scorer().rank(histories, asOf, key).stream().map(Figures::row).toList());
  }

  private void today(Context ctx) {
    LocalDate asOf = requests.asOf(ctx);
    List<History> histories = read(ctx, LedgerSession::histories);
    json(
        ctx,
        new Today(requests.scorer()).moves(histories, asOf).stream().map(ApiRows::move).toList());
  }

  private <R> R read(Context ctx, Function<LedgerSession, R> work) {
    return requests.ledger(ctx).read(work);
  }

  static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(WebJson.write(value));
  }

  static void created(Context ctx, Object value) {
    ctx.status(HttpStatus.CREATED);
    json(ctx, value);
  }

  private static String openApi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the API description is missing from the build", e);
    }
  }
}
