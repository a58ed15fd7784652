package needle.ledger;

import java.time.Duration;
import needle.people.PersonId;

/**
 * How someone answers my e-mail: messages I sent them, how many they replied to, the share, and the
 * median time they took; rate and latency are null when there is nothing to measure.
 */
public record MailStats(
    PersonId person, int sent, int replied, Double replyRate, Duration medianLatency) {

  /** The median latency in hours, or null. */
  public Double medianReplyHours() {
    return medianLatency == null ? null : medianLatency.toSeconds() / 3600.0;
  }
}
