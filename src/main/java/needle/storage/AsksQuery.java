package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import needle.Labelled;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.people.PersonId;
import needle.scoring.AskCounts;
import needle.scoring.Policy;
import org.jdbi.v3.core.Handle;

/**
 * The asks as ranking reads them as of a date: each person's {@link AskCounts}, counted where the
 * asks are kept, and only the asks still open then read one by one (the ones listed as follow-ups).
 */
final class AsksQuery {
  private final Handle handle;
  private final long owner;

  AsksQuery(Handle handle, long owner) {
    this.handle = handle;
    this.owner = owner;
  }

  /** Each person's counts as {@link AskCounts#of} makes them from every ask; none without asks. */
  Map<Long, AskCounts> counts(LocalDate asOf, Policy policy) {
    Map<Long, AskCounts> counts = new HashMap<>();
    String day = asOf.toString();
    String overdueBefore = asOf.minusDays(policy.followUpDays()).toString();
    RowQuery.each(
        handle,
        COUNTS,
        row -> counts.put(row.getLong(1), counts(row)),
        day,
        overdueBefore,
        day,
        owner,
        day);
    return counts;
  }

  /** The asks still open as of {@code asOf} ({@link Ask#isOpenAsOf}), by person. */
  Map<Long, List<Ask>> openAsOf(LocalDate asOf) {
    Map<Long, List<Ask>> open = new HashMap<>();
    RowQuery.each(
        handle,
        OPEN,
        row -> open.computeIfAbsent(row.getLong(2), k -> new ArrayList<>()).add(ask(row)),
        owner,
        owner,
        asOf.toString());
    return open;
  }

  private static AskCounts counts(ResultSet row) throws SQLException {
    return new AskCounts(
        row.getInt(2),
        row.getInt(3),
        row.getInt(4),
        row.getInt(5),
        row.getInt(6),
        row.getInt(7),
        row.getInt(8),
        row.getInt(9),
        LocalDate.parse(row.getString(10)));
  }

  private static Ask ask(ResultSet row) throws SQLException {
    String resolved = row.getString(7);
    return new Ask(
        new AskId(row.getLong(1)),
        new PersonId(row.getLong(2)),
        LocalDate.parse(row.getString(3)),
        Labelled.parse(AskDirection.class, "ask direction", row.getString(4)),
        row.getString(5),
        Outcome.parse(row.getString(6)),
        resolved == null ? null : LocalDate.parse(resolved),
        row.getString(8));
  }

  /**
   * The rules of {@link Ask#outcomeAsOf} and {@link Ask#isOpenAsOf} for each ask dated on or before
   * the day, then the sums of {@link AskCounts#of}. An ask is overdue when dated before the day
   * minus the follow-up days, i.e. its follow-up day is before the day.
   */
  private static final String COUNTS =
      "SELECT person_id, COUNT(*),"
          + " SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN state IN ('granted', 'declined', 'answered') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN mine AND state = 'ignored' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN mine AND state <> 'granted' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN state = 'declined' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN still_open THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN still_open AND state = 'ignored' THEN 1 ELSE 0 END),"
          + " MAX(on_date)"
          + " FROM (SELECT person_id, on_date, direction = 'asked' AS mine,"
          + " CASE WHEN outcome <> 'open' AND (resolved_on IS NULL OR resolved_on <= ?)"
          + " THEN outcome WHEN on_date < ? THEN 'ignored' ELSE 'open' END AS state,"
          + " (outcome = 'open' OR resolved_on > ?) AS still_open"
          + " FROM ask WHERE owner_id = ? AND on_date <= ?) counted"
          + " GROUP BY person_id";

  private static final String COLUMNS =
      "SELECT id, person_id, on_date, direction, text, outcome, resolved_on, source FROM ask";

  /** Open now, or resolved after the date: two parts, so that each is read from its own index. */
  private static final String OPEN =
      COLUMNS
          + " WHERE owner_id = ? AND outcome = 'open' UNION ALL "
          + COLUMNS
          + " WHERE owner_id = ? AND resolved_on > ? AND outcome <> 'open'";
}
