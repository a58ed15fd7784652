package needle.imports.mbox;

import java.util.regex.Pattern;

/** Tells personal e-mail addresses from robots, lists and broken ones, which get no time. */
final class Addresses {
  /** A local part starts and ends with a letter, digit or underscore: ".schuler@" is a fragment. */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[\\p{L}\\p{N}_]([^@\\s/<>()\\[\\],;:\"]*[\\p{L}\\p{N}_])?@[a-z0-9-]+(\\.[a-z0-9-]+)+");

  private static final Pattern ROBOT =
      Pattern.compile(
          "(no|do.?not).?reply.*|mailer.?daemon|postmaster|bounces?(\\W.*)?|notifications?|"
              + "no.?address|undisclosed.?recipients.*|announce(ments?)?|.*\\.announcements?|"
              + "newsletters?|listserv|majordomo|.*-(request|owner|bounces)|all.?employees|"
              + "all.?students|all\\..*|everyone|subscriptions?|list-.*|.*-list|owner-.*|lists?|"
              + "mailman|.*-(announce|digest|subscribe|unsubscribe)");

  private Addresses() {}

  /** Why the address is not a person's, or null when it is one. */
  static String whyNotPersonal(String address) {
    if (!ADDRESS.matcher(address).matches() || address.startsWith("imceanotes-")) {
      return "\"" + address + "\" is not an e-mail address";
    }
    String local = address.substring(0, address.indexOf('@'));
    if (ROBOT.matcher(local).matches()) {
      return address + " is not a person (a no-reply, list or robot address)";
    }
    return null;
  }
}
