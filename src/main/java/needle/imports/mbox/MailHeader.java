package needle.imports.mbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import reads of one message: its header only. Addresses are lower case; {@code on} is the
 * date where it was sent (the Date header's own offset); {@code automatic} marks list mail and
 * auto-replies; {@code xFrom}/{@code xTo} are the names some exports (Enron's) give separately.
 */
record MailHeader(
    long line,
    String messageId,
    Mailbox from,
    List<Mailbox> to,
    Instant sentAt,
    LocalDate on,
    String subject,
    String inReplyTo,
    boolean automatic,
    String xFrom,
    String xTo) {

  /** An address with the display name the header gave it, if any. */
  record Mailbox(String address, String name) {}
}
