package needle.imports.mbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import needle.imports.Contact;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportKeys;
import needle.imports.ImportOptions;
import needle.imports.Skipped;
import needle.ledger.Channel;
import needle.ledger.MailMessage;

/**
 * Turns message headers into an {@link ImportBatch}: each message I sent counts {@link #MINUTES}
 * minutes split across its personal To recipients (Cc and Bcc get none); replies others sent are
 * kept for reply rates. A Message-ID is counted once, however often it appears.
 */
final class MailBatch {
  static final double MINUTES = 5;
  static final int NOTE_LENGTH = 60;

  private static final Pattern PREFIX =
      Pattern.compile(
          "^((re|fw|fwd|aw|wg|sv|vs|antw|tr|rif)(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPLY =
      Pattern.compile("^(re|aw|sv|vs|antw|rif)(\\[\\d+])?\\s*:", Pattern.CASE_INSENSITIVE);

  private final String file;
  private final ImportOptions options;
  private final ImportKeys keys = new ImportKeys("mbox");
  private final Set<String> seen = new HashSet<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, Long> firstLines = new LinkedHashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<MailMessage> mail = new ArrayList<>();

  /** Time with one recipient, waiting for the contact it will be tied to. */
  private record Pending(String address, LocalDate on, double minutes, String note, String key) {}

  MailBatch(Path file, ImportOptions options) {
    this.file = file.toString();
    this.options = options;
  }

  void add(Path where, MailHeader h) {
    String id = h.messageId() != null ? h.messageId() : syntheticId(h);
    if (!seen.add(id)) {
      return;
    }
    learnNames(h);
    if (h.from() != null && options.isMe(h.from().address())) {
      sent(where, h, id);
    } else {
      received(h, id);
    }
  }

  ImportBatch build() {
    Map<String, Contact> contacts = new LinkedHashMap<>();
    firstLines.forEach(
        (address, line) ->
            contacts.put(address, Contact.of(names.get(address), address, (int) (long) line)));
    List<Entry> entries = new ArrayList<>();
    for (Pending p : pending) {
      entries.add(
          new Entry.Time(
              contacts.get(p.address()), p.on(), p.minutes(), Channel.EMAIL, p.note(), p.key()));
    }
    return new ImportBatch("mbox", file, List.copyOf(contacts.values()), entries, skipped, mail);
  }

  private void sent(Path where, MailHeader h, String id) {
    if (h.sentAt() == null) {
      skip(where, h, "a message from you without a readable Date header");
      return;
    }
    List<String> to = personalRecipients(where, h);
    if (to.size() > options.groupMaxOthers()) {
      skip(
          where,
          h,
          "sent to "
              + to.size()
              + " people (more than "
              + options.groupMaxOthers()
              + "): a broadcast, not time with anyone");
      return;
    }
    for (String address : to) {
      firstLines.putIfAbsent(address, h.line());
      String key = keys.of(id + "/" + address);
      pending.add(new Pending(address, h.on(), MINUTES / to.size(), note(h.subject()), key));
    }
    if (!to.isEmpty()) {
      mail.add(message(h, id, true, to));
    }
  }

  private List<String> personalRecipients(Path where, MailHeader h) {
    List<String> personal = new ArrayList<>();
    for (MailHeader.Mailbox m : h.to()) {
      String address = m.address();
      if (options.isMe(address) || personal.contains(address)) {
        continue;
      }
      String why = Addresses.whyNotPersonal(address);
      if (why == null) {
        personal.add(address);
      } else {
        skip(where, h, why);
      }
    }
    if (h.to().stream().allMatch(m -> options.isMe(m.address()))) {
      skip(where, h, "a message from you with no To recipient but you (Cc and Bcc get no time)");
    }
    return personal;
  }

  /** Keeps a reply someone else sent (auto-replies and list mail are no answer). */
  private void received(MailHeader h, String id) {
    if (h.from() == null || h.sentAt() == null || h.automatic()) {
      return;
    }
    if (isReply(h.subject()) || h.inReplyTo() != null) {
      mail.add(message(h, id, false, List.of()));
    }
  }

  private MailMessage message(MailHeader h, String id, boolean mine, List<String> to) {
    return new MailMessage(
        id,
        mine,
        h.from().address(),
        h.sentAt(),
        h.inReplyTo(),
        subjectKey(h.subject()),
        isReply(h.subject()),
        to);
  }

  private static boolean isReply(String subject) {
    return subject != null && REPLY.matcher(subject).find();
  }

  private void learnNames(MailHeader h) {
    if (h.from() != null) {
      String name = Names.clean(h.from().name() != null ? h.from().name() : h.xFrom());
      learn(h.from().address(), name);
    }
    List<String> toNames = Names.of(h.to(), h.xTo());
    for (int i = 0; i < h.to().size(); i++) {
      learn(h.to().get(i).address(), toNames.get(i));
    }
  }

  private void learn(String address, String name) {
    if (name != null) {
      names.putIfAbsent(address, name);
    }
  }

  private void skip(Path where, MailHeader h, String reason) {
    skipped.add(new Skipped(where.toString(), h.line(), reason));
  }

  private static String note(String subject) {
    if (subject == null) {
      return null;
    }
    return subject.length() <= NOTE_LENGTH ? subject : subject.substring(0, NOTE_LENGTH - 1) + "…";
  }

  /** The subject without Re:/Fwd: prefixes, as a digest: enough to match a reply, no more. */
  static String subjectKey(String subject) {
    if (subject == null) {
      return null;
    }
    String topic = PREFIX.matcher(subject.trim()).replaceFirst("").trim().toLowerCase(Locale.ROOT);
    return topic.isEmpty() ? null : digest(topic);
  }

  private static String syntheticId(MailHeader h) {
    String from = h.from() == null ? "" : h.from().address();
    return "<" + digest(from + "\u001f" + h.sentAt() + "\u001f" + h.subject()) + "@needle>";
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
