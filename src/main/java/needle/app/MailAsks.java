package needle.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.asks.Suggestion;
import needle.ledger.Replies;
import needle.people.Person;
import needle.people.PersonId;
import needle.storage.LedgerSession;

/**
 * The asks found in imported mail and LinkedIn messages ({@code asks review}, the review page and
 * {@code /api/asks/review}): each waits, with the outcome the mail shows, until it is accepted (it
 * becomes one of my asks, and counts for openness) or dismissed. Each accept or dismiss is one step
 * that {@code undo} takes back.
 */
public final class MailAsks {
  /** A reply within this many days of the message answers the ask; none by then, it was ignored. */
  public static final int ANSWER_DAYS = 30;

  /** What accepted asks are recorded as coming from. */
  static final String SOURCE = "mail";

  private MailAsks() {}

  /**
   * A suggestion as the review lists it: whom it asked, when, the sentence that asks, the message's
   * Message-ID as written, and {@code outcome}: {@code answered} (they replied within {@link
   * #ANSWER_DAYS} days), {@code ignored} (no reply, and that long has passed) or {@code open}.
   */
  public record Row(
      long id,
      String person,
      long personId,
      LocalDate on,
      String text,
      String messageId,
      String outcome) {}

  /** The suggestions waiting for review, oldest first, with their outcomes as of today. */
  public static List<Row> waiting(Scope scope) {
    return scope
        .ledger()
        .read(s -> rows(s, s.suggestions(Suggestion.State.SUGGESTED), scope.today()).rows());
  }

  /** Accepts these waiting suggestions: each becomes one of my asks, with its outcome. */
  public static List<Row> accept(Scope scope, List<Long> ids) {
    return decide(scope, ids, Suggestion.State.ACCEPTED);
  }

  /** Accepts every suggestion waiting. */
  public static List<Row> acceptAll(Scope scope) {
    return scope
        .ledger()
        .write(
            "accept the asks found in mail",
            s -> {
              Listed listed = rows(s, s.suggestions(Suggestion.State.SUGGESTED), scope.today());
              return apply(s, listed, Suggestion.State.ACCEPTED);
            });
  }

  /** Dismisses these waiting suggestions: they are never suggested again. */
  public static List<Row> dismiss(Scope scope, List<Long> ids) {
    return decide(scope, ids, Suggestion.State.DISMISSED);
  }

  private static List<Row> decide(Scope scope, List<Long> ids, Suggestion.State state) {
    if (ids.isEmpty()) {
      throw new NeedleException(
          "no asks were chosen to " + verb(state) + " (give their ids, as the review lists them)");
    }
    Set<Long> wanted = new LinkedHashSet<>(ids);
    return scope
        .ledger()
        .write(
            verb(state) + " asks found in mail",
            s -> {
              List<Suggestion> found = s.suggestions(wanted);
              Listed listed = rows(s, found, scope.today());
              Map<Long, Suggestion> byId = new HashMap<>();
              found.forEach(f -> byId.put(f.id(), f));
              for (long id : wanted) {
                Suggestion f = byId.get(id);
                if (f == null || !listed.suggestions().containsKey(id)) {
                  throw NotFound.mailAsk(id);
                }
                if (f.state() != Suggestion.State.SUGGESTED) {
                  throw new NeedleException(
                      "the ask found in mail with id "
                          + id
                          + " was "
                          + f.state().label()
                          + " already");
                }
              }
              return apply(s, listed, state);
            });
  }

  private static List<Row> apply(LedgerSession s, Listed listed, Suggestion.State state) {
    for (Row row : listed.rows()) {
      Suggestion f = listed.suggestions().get(row.id());
      Ask ask = null;
      if (state == Suggestion.State.ACCEPTED) {
        Outcome outcome = Outcome.parse(row.outcome());
        ask =
            s.log(
                new Ask(
                    null,
                    new PersonId(row.personId()),
                    row.on(),
                    AskDirection.ASKED,
                    row.text(),
                    outcome,
                    resolvedOn(outcome, f, listed.replies().get(row.id())),
                    SOURCE));
      }
      s.decide(f, state, ask == null ? null : ask.id());
    }
    int n = listed.rows().size();
    s.describe(verb(state) + " " + n + (n == 1 ? " ask" : " asks") + " found in mail");
    return listed.rows();
  }

  /** The day an accepted ask was resolved: the reply's, or the day it counted as ignored. */
  private static LocalDate resolvedOn(Outcome outcome, Suggestion f, Instant reply) {
    return switch (outcome) {
      case ANSWERED ->
          LocalDate.ofInstant(reply, ZoneOffset.UTC).isBefore(f.on())
              ? f.on()
              : LocalDate.ofInstant(reply, ZoneOffset.UTC);
      case IGNORED -> f.on().plusDays(ANSWER_DAYS);
      default -> null;
    };
  }

  /** Rows of suggestions whose recipient is someone in the ledger (not me), with their replies. */
  private record Listed(
      List<Row> rows, Map<Long, Suggestion> suggestions, Map<Long, Instant> replies) {}

  private static Listed rows(LedgerSession s, List<Suggestion> found, LocalDate today) {
    if (found.isEmpty()) {
      return new Listed(List.of(), Map.of(), Map.of());
    }
    Replies.Answers answers = s.answers();
    Map<PersonId, Person> people =
        s.others().stream().collect(Collectors.toMap(Person::id, p -> p));
    List<Row> rows = new ArrayList<>();
    Map<Long, Suggestion> kept = new HashMap<>();
    Map<Long, Instant> replies = new HashMap<>();
    for (Suggestion f : found) {
      PersonId id = answers.person(f.address());
      Person p = id == null ? null : people.get(id);
      if (p == null) {
        continue; // the recipient was deleted, or is one of my own addresses now
      }
      Instant reply = answers.firstReply(f.messageId(), id);
      boolean answered =
          reply != null && !reply.isAfter(f.sentAt().plus(ANSWER_DAYS, ChronoUnit.DAYS));
      Outcome outcome =
          answered
              ? Outcome.ANSWERED
              : today.isAfter(f.on().plusDays(ANSWER_DAYS)) ? Outcome.IGNORED : Outcome.OPEN;
      rows.add(
          new Row(f.id(), p.name(), id.value(), f.on(), f.text(), f.messageId(), outcome.label()));
      kept.put(f.id(), f);
      if (answered) {
        replies.put(f.id(), reply);
      }
    }
    return new Listed(rows, kept, replies);
  }

  private static String verb(Suggestion.State state) {
    return state == Suggestion.State.ACCEPTED ? "accept" : "dismiss";
  }
}
