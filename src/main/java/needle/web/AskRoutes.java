package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.asks.coach.AskCoach;
import needle.asks.coach.Drafter;
import needle.asks.coach.Verdict;
import needle.coaching.AskFacts;
import needle.people.Person;
import needle.people.PersonId;

/** The asks page: open asks oldest first, one-click resolution, and the live ask coach. */
final class AskRoutes {
  private static final int RESOLVED_SHOWN = 20;
  private final Requests requests;

  AskRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/asks", this::page);
    routes.post("/asks/{id}/resolve", this::resolve);
    routes.post("/asks/coach", this::coach);
    routes.post("/asks/draft", this::draft);
  }

  private void page(Context ctx) {
    List<AskRow> rows = rows(ctx);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Asks", "asks"));
    params.put("open", rows.stream().filter(AskRow::open).toList());
    params.put(
        "resolved",
        rows.stream()
            .filter(r -> !r.open())
            .sorted(
                Comparator.comparing(
                    AskRow::resolvedOn, Comparator.nullsLast(Comparator.reverseOrder())))
            .limit(RESOLVED_SHOWN)
            .toList());
    params.put("followUpDays", requests.setup().scoring().policy().followUpDays());
    params.put(
        "people", requests.ledger(ctx).read(s -> s.people().stream().map(Person::name).toList()));
    Views.html(ctx, "asks.jte", params);
  }

  private void resolve(Context ctx) {
    AskId id = Requests.askId(ctx);
    Outcome outcome =
        Outcome.parseResolution(Requests.required(ctx.formParam("outcome"), "outcome", "granted"));
    LocalDate on = requests.date(ctx.formParam("on"), "date");
    AskRow row =
        requests
            .ledger(ctx)
            .write(
                s -> {
                  Requests.ask(s, id);
                  Ask done = s.resolve(id, outcome, on);
                  return row(done, Requests.person(s, done.person()));
                });
    if (Requests.isHtmx(ctx)) {
      Views.html(ctx, "fragments/askRow.jte", Map.of("row", row, "csrf", ""));
    } else {
      PersonRoutes.redirect(ctx, "/asks");
    }
  }

  private void coach(Context ctx) {
    String draft = ctx.formParam("draft");
    Map<String, Object> params = new LinkedHashMap<>();
    if (draft == null || draft.isBlank()) {
      params.put(
          "message", "Type or paste a draft: the coach underlines what helps and what hurts.");
    } else if (draft.length() > AskCoach.standard().maxChars()) {
      params.put(
          "message",
          "The draft is longer than "
              + AskCoach.standard().maxChars()
              + " characters: an ask should be short.");
    } else {
      Verdict verdict = AskCoach.standard().lint(draft);
      params.put("verdict", verdict);
      params.put("pieces", Marks.of(draft, verdict.findings()));
      params.put("notes", Marks.notes(draft, verdict.findings()));
    }
    Views.html(ctx, "fragments/coach.jte", params);
  }

  /** Writes a smart ask from what the ledger knows of the person, lints it, and adds hints. */
  private void draft(Context ctx) {
    String name = Requests.required(ctx.formParam("person"), "person", "Greta Alvarez");
    String ask = Requests.optional(ctx.formParam("for"));
    String offer = Requests.optional(ctx.formParam("offer"));
    String minutesText = Requests.optional(ctx.formParam("minutes"));
    int minutes =
        minutesText == null
            ? Drafter.DEFAULT_MINUTES
            : (int) Requests.number(minutesText, "minutes", "20");
    if (minutes < 1) {
      throw new NeedleException("minutes must be 1 or more (expected e.g. 20)");
    }
    LocalDate today = requests.today();
    int followUpDays = requests.setup().scoring().policy().followUpDays();
    AskFacts facts =
        requests
            .ledger(ctx)
            .read(s -> AskFacts.of(s.history(s.requirePerson(name)), today, followUpDays));
    String draft = Drafter.draft(facts.request(ask, offer, minutes));
    Verdict verdict = AskCoach.standard().lint(draft);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("draft", draft);
    params.put("hints", facts.hints(today));
    params.put("gaps", Drafter.gaps(draft));
    params.put("verdict", verdict);
    params.put("pieces", Marks.of(draft, verdict.findings()));
    params.put("notes", Marks.notes(draft, verdict.findings()));
    Views.html(ctx, "fragments/draft.jte", params);
  }

  private List<AskRow> rows(Context ctx) {
    return requests
        .ledger(ctx)
        .read(
            s -> {
              Map<PersonId, Person> people =
                  s.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
              return s.asks().stream()
                  .sorted(Comparator.comparing(Ask::on))
                  .map(a -> row(a, people.get(a.person())))
                  .toList();
            });
  }

  private AskRow row(Ask a, Person p) {
    return AskRow.of(a, p, requests.today(), requests.setup().scoring().policy().followUpDays());
  }
}
