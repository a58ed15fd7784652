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
import needle.NeedleException;
import needle.app.Checks;
import needle.app.Journal;
import needle.app.Moves;
import needle.app.PersonRow;
import needle.app.Profile;
import needle.app.Ranking;
import needle.app.ScoreRow;
import needle.app.TimeRow;
import needle.app.ValueRow;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.people.Person;
import needle.scoring.SortKey;

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
    routes.get("/api/csrf", ctx -> ctx.json(Map.of("csrf", requests.page(ctx, "", "").csrf())));
    routes.get("/api/people", this::people);
    routes.post("/api/people", this::addPerson);
    routes.get("/api/people/{id}", this::person);
    routes.post("/api/people/{id}/time", this::logTime);
    routes.post("/api/people/{id}/values", this::logValue);
    routes.get("/api/rank", this::rank);
    routes.get("/api/today", this::today);
  }

  /** Everyone, by name; {@code search} and {@code limit} make it a person picker's source. */
  private void people(Context ctx) {
    Ranking.Query query = query(ctx).by(SortKey.ROI);
    ctx.json(
        Ranking.people(requests.scope(ctx), query).rows().stream().map(PersonRow::of).toList());
  }

  private void addPerson(Context ctx) {
    ApiBodies.NewPerson body = WebJson.read(ctx.body(), ApiBodies.NewPerson.class);
    Person draft =
        Person.named(Requests.required(body.name(), "name", "\"Ada Lovelace\"").trim())
            .withTitle(body.title())
            .withCompany(body.company())
            .withEmails(body.emails() == null ? List.of() : Texts.emails(body.emails()));
    created(ctx, PersonRow.of(Journal.addPerson(requests.scope(ctx), draft)));
  }

  /** A person with their score as of {@code asOf}, their time, values and asks. */
  record PersonDetail(
      @com.fasterxml.jackson.annotation.JsonUnwrapped PersonRow person,
      ScoreRow score,
      needle.app.Advice.Next advice,
      List<TimeRow> time,
      List<ValueRow> values,
      List<needle.app.AskRow> asks) {}

  private void person(Context ctx) {
    LocalDate asOf = requests.asOf(ctx);
    Profile p = Profile.of(requests.scope(ctx), Requests.personId(ctx), asOf);
    int days = requests.setup().scoring().policy().followUpDays();
    ctx.json(
        new PersonDetail(
            PersonRow.of(p.person()),
            ScoreRow.of(p.score()),
            p.advice(),
            p.history().time().stream().map(TimeRow::of).toList(),
            p.history().values().stream().map(ValueRow::of).toList(),
            p.history().asks().stream()
                .map(a -> needle.app.AskRow.of(a, p.person(), asOf, days))
                .toList()));
  }

  private void logTime(Context ctx) {
    ApiBodies.NewTime body = WebJson.read(ctx.body(), ApiBodies.NewTime.class);
    if (body.minutes() == null) {
      throw new NeedleException("minutes is missing (expected e.g. {\"minutes\": 30})");
    }
    LocalDate on =
        Checks.date(requests.scope(ctx), requests.date(body.on(), "on"), forced(body.force()));
    Channel channel = body.channel() == null ? Channel.MEETING : Channel.parse(body.channel());
    Journal.Who who = Journal.Who.id(Requests.personId(ctx));
    TimeRow row =
        TimeRow.of(
            Journal.logTime(
                requests.scope(ctx), who, on, body.minutes(), channel, body.note(), SOURCE));
    created(ctx, new Logged(row, Checks.minutes(row.minutes())));
  }

  private void logValue(Context ctx) {
    ApiBodies.NewValue body = WebJson.read(ctx.body(), ApiBodies.NewValue.class);
    Direction direction =
        Direction.parse(Requests.required(body.direction(), "direction", "\"gave\""));
    Kind kind = Kind.parse(Requests.required(body.kind(), "kind", "\"advice\""));
    LocalDate on =
        Checks.date(requests.scope(ctx), requests.date(body.on(), "on"), forced(body.force()));
    Journal.Value value = new Journal.Value(direction, kind, body.points(), body.note());
    Journal.Who who = Journal.Who.id(Requests.personId(ctx));
    created(ctx, ValueRow.of(Journal.logValue(requests.scope(ctx), who, on, value, SOURCE)));
  }

  private void rank(Context ctx) {
    ctx.json(
        Ranking.rank(requests.scope(ctx), query(ctx)).rows().stream().map(ScoreRow::of).toList());
  }

  private void today(Context ctx) {
    ctx.json(Moves.of(requests.scope(ctx), requests.asOf(ctx)));
  }

  /**
   * The listing parameters every list takes: asOf, by, class, action, company, tag, q, offset,
   * limit.
   */
  private Ranking.Query query(Context ctx) {
    String by = ctx.queryParam("by");
    String search = ctx.queryParam("q") != null ? ctx.queryParam("q") : ctx.queryParam("search");
    return new Ranking.Query(
        requests.asOf(ctx),
        by == null ? SortKey.ROI : SortKey.parse(by),
        ctx.queryParam("class"),
        ctx.queryParam("action"),
        ctx.queryParam("company"),
        ctx.queryParam("tag"),
        search,
        whole(ctx.queryParam("offset"), "offset"),
        whole(ctx.queryParam("limit"), "limit"));
  }

  private static int whole(String text, String field) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      throw new NeedleException(
          field + " \"" + text + "\" is not a whole number (expected e.g. 50)");
    }
  }

  /** A time entry logged, with what was kept but looks wrong. */
  record Logged(
      @com.fasterxml.jackson.annotation.JsonUnwrapped TimeRow entry, List<String> warnings) {}

  static boolean forced(Boolean force) {
    return Boolean.TRUE.equals(force);
  }

  static void created(Context ctx, Object value) {
    ctx.status(HttpStatus.CREATED);
    ctx.json(value);
  }

  private static String openApi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the API description is missing from the build", e);
    }
  }
}
