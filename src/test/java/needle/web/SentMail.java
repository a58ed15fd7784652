package needle.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Mail I sent, for the review of asks found in mail, dated around {@link WebFixture#TODAY}
 * (2026-03-02): Ada answers the first ask, Grace never answers hers, and the last is too recent to
 * tell.
 */
final class SentMail {
  static final String ME = "me@example.org";
  static final String IGNORED = "Can we meet on Tuesday to go over the plan?";
  static final String ANSWERED = "Ada, could you send me the Q3 deck?";
  static final String OPEN = "Please review the draft before Friday.";

  static final String MBOX =
      message("Grace Hopper <grace@example.org>", "Mon, 5 Jan 2026", "<g1@example.org>", IGNORED)
          + message(
              "Ada Lovelace <ada@example.org>", "Mon, 12 Jan 2026", "<a1@example.org>", ANSWERED)
          + """
          From ada@example.org Wed Jan 14 10:00:00 2026
          From: Ada Lovelace <ada@example.org>
          To: me@example.org
          Subject: RE: about this
          Date: Wed, 14 Jan 2026 10:00:00 +0000
          Message-ID: <a2@example.org>
          In-Reply-To: <a1@example.org>

          Here it is.

          """
          + message("Ada Lovelace <ada@example.org>", "Fri, 20 Feb 2026", "<a3@example.org>", OPEN)
          + message(
              "Grace Hopper <grace@example.org>",
              "Fri, 20 Feb 2026",
              "<g2@example.org>",
              "Thanks for lunch.");

  private SentMail() {}

  /** One message from me to {@code to}, sent at 09:00 UTC on {@code day} ("Mon, 5 Jan 2026"). */
  static String message(String to, String day, String messageId, String body) {
    String[] parts = day.split(",? ");
    String fromLine =
        "From " + ME + " " + parts[0] + " " + parts[2] + " " + parts[1] + " 09:00:00 " + parts[3];
    return fromLine
        + "\nFrom: Me <"
        + ME
        + ">\nTo: "
        + to
        + "\nSubject: about this\nDate: "
        + day
        + " 09:00:00 +0000\nMessage-ID: "
        + messageId
        + "\n\n"
        + body
        + "\n\n";
  }

  /** Imports {@code mbox} through the import page, as mine. */
  static HttpResponse<String> importInto(WebFixture web, String mbox) {
    return web.upload(
        "/import", "mbox", "sent.mbox", mbox.getBytes(StandardCharsets.UTF_8), Map.of("me", ME));
  }

  static HttpResponse<String> importInto(WebFixture web) {
    return importInto(web, MBOX);
  }
}
