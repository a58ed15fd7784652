package needle.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import needle.app.Ranking;

/**
 * What the dashboard says about the page of rows it shows: which rows of how many, and the links to
 * the pages before and after, which keep the sort, date and filters of the address.
 */
public record Listing(
    int from,
    int to,
    int matched,
    int total,
    String previous,
    String next,
    String by,
    String asOf,
    String relationshipClass,
    String action,
    String company,
    String tag,
    String search) {

  static Listing of(Ranking.Page<?> page, String queryString) {
    Ranking.Query q = page.query();
    int size = q.limit();
    int number = q.offset() / Math.max(1, size) + 1;
    String rest = without(queryString, "page");
    return new Listing(
        page.rows().isEmpty() ? 0 : q.offset() + 1,
        q.offset() + page.rows().size(),
        page.matched(),
        page.total(),
        number > 1 ? link(rest, number - 1) : null,
        page.hasMore() ? link(rest, number + 1) : null,
        q.by().label(),
        q.asOf().toString(),
        orEmpty(q.relationshipClass()),
        orEmpty(q.action()),
        orEmpty(q.company()),
        orEmpty(q.tag()),
        orEmpty(q.search()));
  }

  /** Whether any filter or search narrows the table. */
  public boolean filtered() {
    return !(relationshipClass + action + company + tag + search).isBlank();
  }

  static int pageNumber(String text) {
    try {
      return text == null ? 1 : Math.max(1, Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String link(String rest, int number) {
    return "/?" + (rest.isEmpty() ? "" : rest + "&") + "page=" + number;
  }

  /** The query string without one parameter, each pair re-encoded. */
  private static String without(String queryString, String name) {
    if (queryString == null || queryString.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : queryString.split("&")) {
      String key = pair.split("=", 2)[0];
      String value = pair.contains("=") ? pair.split("=", 2)[1] : "";
      String decoded = java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
      if (!key.equals(name) && !key.isEmpty() && !decoded.isEmpty()) {
        kept.add(key + "=" + URLEncoder.encode(decoded, StandardCharsets.UTF_8));
      }
    }
    return String.join("&", kept);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text.trim();
  }
}
