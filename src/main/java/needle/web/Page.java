package needle.web;

/**
 * What the shared layout needs: the title, which menu item is current, the CSRF token, and who is
 * signed in (null on loopback, where there is no login).
 */
public record Page(String title, String nav, String csrf, String user) {
  public Page(String title, String nav, String csrf) {
    this(title, nav, csrf, null);
  }
}
