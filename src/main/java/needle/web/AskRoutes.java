package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.AskList;
import needle.app.AskRow;
import needle.app.AskStats;
import needle.app.Checks;
import needle.app.Journal;
import needle.app.MailAsks;
import needle.app.Profile;
import needle.app.Scope;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.asks.coach.AskCoach;
import needle.asks.coach.AskFacts;
import needle.asks.coach.Drafter;
import needle.asks.coach.Verdict;

/**
 * The asks page: open asks oldest first, one-click resolution, the live ask coach, and what works
 * for you (the share of asks answered by the coach's verdict and findings); and how many asks found
 * in mail wait for review ({@link MailAskRoutes}).
 */
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
    List<AskRow> rows = AskList.asOf(requests.scope(ctx), requests.today(), false);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Asks", "asks"));
    params.put("done", UndoRoutes.done(ctx, requests.scope(ctx)));
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
    params.put("stats", AskStats.asOf(requests.scope(ctx), requests.today()));
    params.put("foundInMail", MailAsks.waiting(requests.scope(ctx)).size());
    Views.html(ctx, "asks.jte", params);
  }

  private void resolve(Context ctx) {
    AskId id = Requests.askId(ctx);
    Outcome outcome =
        Outcome.parseResolution(Requests.required(ctx.formParam("outcome"), "outcome", "granted"));
    LocalDate on =
        Checks.date(
            requests.scope(ctx),
            requests.date(ctx.formParam("on"), "date"),
            ctx.formParam("force") != null);
    Scope scope = requests.scope(ctx);
    AskRow row = AskList.row(scope, Journal.resolve(scope, id, outcome, on), requests.today());
    if (Requests.isHtmx(ctx)) {
      Views.html(
          ctx,
          "fragments/askRow.jte",
          Map.of("row", row, "csrf", requests.page(ctx, "", "").csrf()));
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
        AskFacts.of(Profile.of(requests.scope(ctx), name, today).history(), today, followUpDays);
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
}
