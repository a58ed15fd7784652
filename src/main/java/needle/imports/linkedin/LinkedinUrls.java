package needle.imports.linkedin;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * LinkedIn profile URLs in one canonical form, so that the same profile written by Connections.csv,
 * messages.csv or a vCard matches one person in the ledger.
 */
public final class LinkedinUrls {
  private static final Pattern QUERY = Pattern.compile("[?#].*");
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

  private LinkedinUrls() {}

  /** Whether {@code url} points at linkedin.com. */
  public static boolean isLinkedin(String url) {
    return url != null && url.toLowerCase(Locale.ROOT).contains("linkedin.com/");
  }

  /**
   * {@code https://www.linkedin.com/in/slug} for any spelling of a LinkedIn URL (scheme, country
   * subdomain, query, trailing slash); other text is returned trimmed; blank gives null.
   */
  public static String canonical(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String text = url.trim();
    if (!isLinkedin(text)) {
      return text;
    }
    String path = text.substring(text.toLowerCase(Locale.ROOT).indexOf("linkedin.com/") + 13);
    path = TRAILING_SLASHES.matcher(QUERY.matcher(path).replaceAll("")).replaceAll("");
    return "https://www.linkedin.com/" + path.toLowerCase(Locale.ROOT);
  }
}
