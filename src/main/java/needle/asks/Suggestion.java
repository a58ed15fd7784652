package needle.asks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import needle.Labelled;

/**
 * An ask found in a message I sent, waiting for me to accept it (it becomes an {@link Ask}) or
 * dismiss it: the sentence that asks ({@code text}), the message's Message-ID as written, and the
 * recipient asked, as the address the message named (an e-mail, or a LinkedIn profile URL). {@code
 * ask} is the ask an accepted suggestion became; {@code id} is 0 until the ledger gives it one.
 */
public record Suggestion(
    long id,
    String address,
    String messageId,
    Instant sentAt,
    LocalDate on,
    String text,
    State state,
    AskId ask) {

  public Suggestion {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(state, "state");
  }

  /** A suggestion just found, not yet in the ledger. */
  public static Suggestion found(
      String address, String messageId, Instant sentAt, LocalDate on, String text) {
    return new Suggestion(0, address, messageId, sentAt, on, text, State.SUGGESTED, null);
  }

  /** Where a suggestion stands. */
  public enum State implements Labelled {
    SUGGESTED,
    ACCEPTED,
    DISMISSED;

    @Override
    public String label() {
      return Labelled.labelOf(this);
    }

    public static State parse(String text) {
      return Labelled.parse(State.class, "state", text);
    }
  }
}
