package needle.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What reply rates need to know of one e-mail: who sent it and when, whether I did, whom I sent it
 * to, and what it answers ({@code inReplyTo}, or a reply subject's digest when headers are
 * missing). Addresses are lower case.
 */
public record MailMessage(
    String messageId,
    boolean mine,
    String sender,
    Instant sentAt,
    String inReplyTo,
    String subjectKey,
    boolean reply,
    List<String> to) {

  public MailMessage {
    to = List.copyOf(to);
  }
}
