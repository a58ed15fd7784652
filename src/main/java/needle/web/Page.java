package needle.web;

/** What the shared layout needs: the title, which menu item is current, and the CSRF token. */
public record Page(String title, String nav, String csrf) {}
