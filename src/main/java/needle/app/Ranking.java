package needle.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import needle.people.Person;
import needle.scoring.Score;
import needle.scoring.SortKey;

/** {@code rank}, the dashboard's table and {@code /api/rank}: the ranked relationships. */
public final class Ranking {
  private Ranking() {}

  /**
   * What to rank and which part to show: the date, the sort, filters (null for any) and a page of
   * {@code limit} rows from {@code offset} (a limit of 0 means all).
   */
  public record Query(
      LocalDate asOf,
      SortKey by,
      String relationshipClass,
      String action,
      String company,
      String tag,
      String search,
      int offset,
      int limit) {

    public Query {
      by = by == null ? SortKey.ROI : by;
      offset = Math.max(0, offset);
      limit = Math.max(0, limit);
    }

    /** Everyone, by ROI. */
    public static Query all(LocalDate asOf) {
      return new Query(asOf, SortKey.ROI, null, null, null, null, null, 0, 0);
    }

    public Query by(SortKey key) {
      return new Query(asOf, key, relationshipClass, action, company, tag, search, offset, limit);
    }

    public Query page(int from, int size) {
      return new Query(asOf, by, relationshipClass, action, company, tag, search, from, size);
    }

    /**
     * Whether a score passes the filters. Only the filters given are tested: a page without any
     * would otherwise work out two labels for every person in the ledger.
     */
    Predicate<Score> filter() {
      Predicate<Score> all = s -> true;
      if (!blank(relationshipClass)) {
        all = all.and(s -> matches(relationshipClass, s.relationshipClass().label()));
      }
      if (!blank(action)) {
        all = all.and(s -> matches(action, s.action().label()));
      }
      if (!blank(company)) {
        all = all.and(s -> contains(company, s.person().company()));
      }
      if (!blank(tag)) {
        all = all.and(s -> hasTag(s.person()));
      }
      if (!blank(search)) {
        all = all.and(s -> found(s.person(), search));
      }
      return all;
    }

    /** Whether any filter or search narrows the ranking. */
    boolean narrows() {
      return !(blank(relationshipClass)
          && blank(action)
          && blank(company)
          && blank(tag)
          && blank(search));
    }

    private boolean hasTag(Person p) {
      return p.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag.trim()));
    }
  }

  /** One page of a listing, with how many matched in all and how many the ledger holds. */
  public record Page<T>(List<T> rows, int matched, int total, Query query) {
    public Page {
      rows = List.copyOf(rows);
    }

    public boolean hasMore() {
      return query.limit() > 0 && query.offset() + rows.size() < matched;
    }

    static <T> Page<T> of(List<T> matching, int total, Query query) {
      int to =
          query.limit() == 0
              ? matching.size()
              : Math.min(matching.size(), query.offset() + query.limit());
      int from = Math.min(query.offset(), to);
      return new Page<>(matching.subList(from, to), matching.size(), total, query);
    }
  }

  public static Page<Score> rank(Scope scope, Query query) {
    return rank(ReadModel.scored(scope, query.asOf()), query);
  }

  /** A page of a ledger already scored as of the query's date. */
  public static Page<Score> rank(Scored scored, Query query) {
    List<Score> sorted = scored.sorted(query.by());
    List<Score> matching =
        query.narrows() ? sorted.stream().filter(query.filter()).toList() : sorted;
    return Page.of(matching, scored.scores().size(), query);
  }

  /**
   * {@code people}: everyone who matches, by name. Class and move filters need the scores; without
   * them no one is scored.
   */
  public static Page<Person> people(Scope scope, Query query) {
    Comparator<Person> byName = Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT));
    if (blank(query.relationshipClass()) && blank(query.action())) {
      List<Person> all = scope.ledger().read(s -> s.others());
      List<Person> matching =
          all.stream().filter(p -> blank(query.search()) || found(p, query.search())).toList();
      return Page.of(matching.stream().sorted(byName).toList(), all.size(), query);
    }
    Scored scored = ReadModel.scored(scope, query.asOf());
    List<Person> matching =
        scored.scores().stream().filter(query.filter()).map(Score::person).sorted(byName).toList();
    return Page.of(matching, scored.scores().size(), query);
  }

  /** Whether {@code text} is in the person's name, company, title or e-mails, ignoring case. */
  static boolean found(Person p, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return lower(p.name()).contains(wanted)
        || lower(p.company()).contains(wanted)
        || lower(p.title()).contains(wanted)
        || p.emails().stream().anyMatch(e -> e.contains(wanted));
  }

  private static boolean matches(String wanted, String label) {
    return blank(wanted) || wanted.trim().equalsIgnoreCase(label);
  }

  private static boolean contains(String wanted, String value) {
    return blank(wanted) || lower(value).contains(wanted.trim().toLowerCase(Locale.ROOT));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
