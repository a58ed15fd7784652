package needle.imports.mbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import needle.imports.Contact;
import needle.imports.Entry;
import needle.imports.ImportKeys;
import needle.imports.ImportOptions;
import needle.imports.ImportSink;
import needle.imports.Skipped;
import needle.ledger.Channel;
import needle.ledger.MailMessage;

/**
 * Turns message headers into what an import writes, sent to a sink as each message is read: each
 * message I sent counts {@link #MINUTES} minutes split across its personal To recipients (Cc and
 * Bcc get none), and a sentence of mine in it that asks is found for each of them; replies others
 * sent are kept for reply rates. A Message-ID is counted once, however often it appears. What it
 * holds grows with the addresses and the Message-IDs, not with the facts of the messages.
 */
final class MailBatch {
  static final double MINUTES = 5;
  static final int NOTE_LENGTH = 60;

  private static final Pattern PREFIX =
      Pattern.compile(
          "^((re|fw|fwd|aw|wg|sv|vs|antw|tr|rif)(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPLY =
      Pattern.compile("^(re|aw|sv|vs|antw|rif)(\\[\\d+])?\\s*:", Pattern.CASE_INSENSITIVE);

  private final ImportOptions options;
  private final ImportSink sink;
  private final ImportKeys keys = new ImportKeys("mbox");
  private final Set<String> seen = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();

  /** The contact sent for each address, in the order they were first written to. */
  private final Map<String, Contact> contacts = new LinkedHashMap<>();

  MailBatch(ImportOptions options, ImportSink sink) {
    this.options = options;
    this.sink = sink;
  }

  /** Whether a message with this Message-ID was read already, so it need not be parsed. */
  boolean seen(String messageId) {
    return messageId != null && seen.contains(messageId);
  }

  /** Whether the body of this message is worth reading: one I sent, to find asks in. */
  boolean readsBody(MailHeader h) {
    return mine(h) && !h.automatic() && h.sentAt() != null && !seen(h.messageId());
  }

  /** Adds a message; {@code ask} is the sentence of mine in it that asks, or null. */
  void add(Path where, MailHeader h, String ask) {
    String id = h.messageId() != null ? h.messageId() : syntheticId(h);
    if (!seen.add(id)) {
      return;
    }
    learnNames(h);
    if (mine(h)) {
      sent(where, h, id, ask);
    } else {
      received(h, id);
    }
  }

  private boolean mine(MailHeader h) {
    return h.from() != null && options.isMe(h.from().address());
  }

  /** The file is read: contacts sent before their name was known are told it. */
  void finish() {
    contacts.forEach(
        (address, c) -> {
          String name = names.get(address);
          if (c.name() == null && name != null) {
            sink.named(c, Contact.of(name, address, c.line()));
          }
        });
  }

  /** The contact of {@code address}, sent the first time the address is written to. */
  private Contact contact(String address, long line) {
    return contacts.computeIfAbsent(
        address,
        a -> {
          Contact c = Contact.of(names.get(a), a, (int) line);
          sink.contact(c);
          return c;
        });
  }

  private void sent(Path where, MailHeader h, String id, String ask) {
    if (h.automatic()) {
      skip(
          where,
          h,
          "list or automatic mail (List-Id, Precedence or Auto-Submitted): no one's time");
      return;
    }
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
      String key = keys.of(id + "/" + address);
      sink.entry(
          new Entry.Time(
              contact(address, h.line()),
              h.on(),
              MINUTES / to.size(),
              Channel.EMAIL,
              note(h.subject()),
              key));
    }
    if (!to.isEmpty()) {
      sink.mail(message(h, id, true, to));
    }
    if (ask != null) {
      for (String address : to) {
        sink.entry(
            new Entry.Found(
                contact(address, h.line()),
                h.on(),
                h.sentAt(),
                ask,
                id,
                address,
                id + "/" + address));
      }
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
      sink.mail(message(h, id, false, List.of()));
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
    sink.skip(new Skipped(where.toString(), h.line(), reason));
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
