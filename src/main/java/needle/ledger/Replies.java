package needle.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import needle.people.PersonId;

/**
 * Works out each person's reply rate and median reply latency from the mail the ledger has seen. A
 * message of theirs answers mine when its In-Reply-To names my message; without that header, a
 * "Re:" message answers the latest of my messages to them with the same subject, sent at most
 * {@link #SUBJECT_WINDOW} before it. Only people I wrote to (in To) are measured.
 */
public final class Replies {
  /** How far back a reply matched only by its subject may reach. */
  public static final Duration SUBJECT_WINDOW = Duration.ofDays(30);

  private final Function<String, PersonId> personOf;
  private final Map<String, MailMessage> mineById = new HashMap<>();
  private final Map<PersonId, List<MailMessage>> sentTo = new HashMap<>();
  private final Map<String, Instant> firstReply = new HashMap<>();

  private Replies(Function<String, PersonId> personOf) {
    this.personOf = personOf;
  }

  /** Stats per person I wrote to; {@code personOf} maps a lower-case address to its person. */
  public static Map<PersonId, MailStats> of(
      List<MailMessage> mail, Function<String, PersonId> personOf) {
    Replies replies = matched(mail, personOf);
    Map<PersonId, MailStats> stats = new HashMap<>();
    replies.sentTo.forEach((person, sent) -> stats.put(person, replies.stats(person, sent)));
    return stats;
  }

  /** When each person first answered each of my messages to them, matched as for the stats. */
  public static Answers answers(List<MailMessage> mail, Function<String, PersonId> personOf) {
    return new Answers(matched(mail, personOf).firstReply, personOf);
  }

  private static Replies matched(List<MailMessage> mail, Function<String, PersonId> personOf) {
    Replies replies = new Replies(personOf);
    mail.stream().filter(MailMessage::mine).forEach(replies::sent);
    replies.sentTo.values().forEach(l -> l.sort(Comparator.comparing(MailMessage::sentAt)));
    mail.stream().filter(m -> !m.mine()).forEach(replies::received);
    return replies;
  }

  /** The first replies to my messages, and whose each address is. */
  public static final class Answers {
    private final Map<String, Instant> firstReply;
    private final Function<String, PersonId> personOf;

    private Answers(Map<String, Instant> firstReply, Function<String, PersonId> personOf) {
      this.firstReply = firstReply;
      this.personOf = personOf;
    }

    /** The person a lower-case address (or LinkedIn profile URL) is, or null. */
    public PersonId person(String address) {
      return personOf.apply(address);
    }

    /** When {@code person} first answered my message {@code messageId}, or null. */
    public Instant firstReply(String messageId, PersonId person) {
      return firstReply.get(key(messageId, person));
    }
  }

  private void sent(MailMessage m) {
    mineById.put(m.messageId(), m);
    for (PersonId p : recipients(m)) {
      sentTo.computeIfAbsent(p, k -> new ArrayList<>()).add(m);
    }
  }

  private Set<PersonId> recipients(MailMessage m) {
    Set<PersonId> people = new LinkedHashSet<>();
    m.to().stream().map(personOf).filter(Objects::nonNull).forEach(people::add);
    return people;
  }

  private void received(MailMessage r) {
    PersonId from = r.sender() == null ? null : personOf.apply(r.sender());
    if (from == null) {
      return;
    }
    MailMessage answered = answered(r, from);
    if (answered != null) {
      firstReply.merge(key(answered, from), r.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
  }

  private MailMessage answered(MailMessage r, PersonId from) {
    if (r.inReplyTo() != null) {
      MailMessage mine = mineById.get(r.inReplyTo());
      return mine != null && recipients(mine).contains(from) ? mine : null;
    }
    if (!r.reply() || r.subjectKey() == null) {
      return null;
    }
    MailMessage latest = null;
    for (MailMessage m : sentTo.getOrDefault(from, List.of())) {
      boolean before = !m.sentAt().isAfter(r.sentAt());
      boolean recent = !m.sentAt().plus(SUBJECT_WINDOW).isBefore(r.sentAt());
      if (before && recent && r.subjectKey().equals(m.subjectKey())) {
        latest = m;
      }
    }
    return latest;
  }

  private MailStats stats(PersonId person, List<MailMessage> sent) {
    List<Duration> latencies = new ArrayList<>();
    for (MailMessage m : sent) {
      Instant reply = firstReply.get(key(m, person));
      if (reply != null) {
        Duration latency = Duration.between(m.sentAt(), reply);
        latencies.add(latency.isNegative() ? Duration.ZERO : latency);
      }
    }
    int replied = latencies.size();
    Double rate = sent.isEmpty() ? null : (double) replied / sent.size();
    return new MailStats(person, sent.size(), replied, rate, median(latencies));
  }

  private static Duration median(List<Duration> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }

  private static String key(MailMessage m, PersonId person) {
    return key(m.messageId(), person);
  }

  private static String key(String messageId, PersonId person) {
    return messageId + "\u001f" + person.value();
  }
}
