package needle.imports.linkedin;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import needle.asks.mail.AskFinder;
import needle.asks.mail.OwnText;
import needle.imports.Contact;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportKeys;
import needle.imports.ImportOptions;
import needle.imports.Skipped;
import needle.imports.csv.CsvFile;
import needle.ledger.Channel;
import needle.ledger.MailMessage;

/**
 * Reads LinkedIn's messages.csv (the 9- to 12-column forms): each message the owner sent is 5
 * minutes invested, split evenly across its recipients, like an e-mail, and a sentence in it that
 * asks is found for each of them; every message is also a fact for reply rates and latency, as mail
 * is.
 */
final class Messages {
  static final String HEADER =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
          + "SUBJECT,CONTENT,FOLDER";
  static final double MINUTES_PER_MESSAGE = 5;
  private static final Set<String> YES = Set.of("yes", "true", "1");

  private final Path file;
  private final Map<String, Contact> contacts = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final ImportKeys keys = new ImportKeys(LinkedinExport.SOURCE);
  private final Map<String, String> urlsBySender = new HashMap<>();

  private Messages(Path file) {
    this.file = file;
  }

  static ImportBatch read(Path file, ImportOptions options) {
    List<Message> messages = new ArrayList<>();
    Optional<Skipped> notice =
        CsvFile.read(
            file,
            List.of("CONVERSATION ID", "FROM", "TO", "DATE"),
            HEADER,
            row -> {
              messages.add(message(row));
              options.progress().advance(messages.size(), -1);
            });
    Messages reader = new Messages(file);
    notice.ifPresent(reader.skipped::add);
    // The 9-column form gives URLs only for senders: recipients who wrote back gain theirs.
    messages.stream()
        .filter(m -> m.from().url() != null)
        .forEach(
            m ->
                reader.urlsBySender.putIfAbsent(
                    m.from().name().toLowerCase(Locale.ROOT), m.from().url()));
    Owner owner = Owner.of(file, messages, options.me());
    messages.forEach(m -> reader.add(m, owner));
    List<MailMessage> mail =
        messages.stream().filter(m -> !m.draft()).map(m -> reader.mail(m, owner)).toList();
    return new ImportBatch(
        LinkedinExport.SOURCE,
        file.toString(),
        List.copyOf(reader.contacts.values()),
        reader.entries,
        reader.skipped,
        mail.stream().filter(m -> m.sender() != null && (!m.mine() || !m.to().isEmpty())).toList());
  }

  /**
   * The message as a fact for reply rates, addressed by profile URL. A conversation stands in for a
   * subject: their message answers my latest one to them in the same conversation.
   */
  private MailMessage mail(Message m, Owner owner) {
    boolean mine = owner.is(m.from());
    List<String> to =
        m.to().stream()
            .filter(p -> !owner.is(p))
            .map(this::url)
            .filter(java.util.Objects::nonNull)
            .toList();
    String id = messageId(m);
    Instant sentAt = LinkedinDates.instant(m.sentAt()).orElseThrow();
    String conversation = "linkedin-conversation:" + m.conversation();
    return new MailMessage(id, mine, url(m.from()), sentAt, null, conversation, !mine, to);
  }

  /** The message's id as reply rates and the asks found in it know it. */
  private String messageId(Message m) {
    return keys.of(m.conversation() + "/" + m.sentAt() + "/" + m.from().id());
  }

  private String url(Participant p) {
    if (p.url() != null || p.name() == null) {
      return p.url();
    }
    return urlsBySender.get(p.name().toLowerCase(Locale.ROOT));
  }

  private void add(Message m, Owner owner) {
    if (!owner.is(m.from())) {
      return;
    }
    if (m.draft()) {
      skipped.add(new Skipped(file.toString(), m.line(), "a draft, never sent"));
      return;
    }
    List<Participant> recipients = m.to().stream().filter(p -> !owner.is(p)).toList();
    if (recipients.isEmpty()) {
      skipped.add(new Skipped(file.toString(), m.line(), "a message to nobody but you"));
      return;
    }
    double minutes = MINUTES_PER_MESSAGE / recipients.size();
    for (Participant p : recipients) {
      String key = keys.next("message", m.conversation(), m.sentAt(), p.id(), m.content());
      entries.add(
          new Entry.Time(contact(p, m), m.on(), minutes, Channel.MESSAGE, m.subject(), key));
    }
    Optional<String> ask = AskFinder.standard().first(OwnText.of(m.content()));
    Optional<Instant> sentAt = LinkedinDates.instant(m.sentAt());
    if (ask.isPresent() && sentAt.isPresent()) {
      for (Participant p : recipients) {
        String address = url(p);
        if (address != null) {
          entries.add(
              new Entry.Found(
                  contact(p, m),
                  m.on(),
                  sentAt.get(),
                  ask.get(),
                  messageId(m),
                  address,
                  messageId(m) + "/" + address));
        }
      }
    }
  }

  private Contact contact(Participant p, Message m) {
    return contacts.computeIfAbsent(
        p.id(),
        id ->
            new Contact(
                p.name(),
                null,
                null,
                List.of(),
                List.of(),
                url(p),
                null,
                List.of(),
                null,
                (int) m.line()));
  }

  private static Message message(CsvFile.Row row) {
    String from = row.get("FROM");
    if (from.isEmpty()) {
      throw row.error("the sender is empty (expected a name in FROM)");
    }
    String folder = row.get("FOLDER");
    return new Message(
        row.line(),
        row.get("CONVERSATION ID"),
        new Participant(from, LinkedinUrls.canonical(row.get("SENDER PROFILE URL"))),
        Participant.recipients(row.get("TO"), row.get("RECIPIENT PROFILE URLS")),
        date(row),
        row.get("DATE"),
        row.get("SUBJECT").isEmpty() ? null : row.get("SUBJECT"),
        row.get("CONTENT"),
        folder,
        YES.contains(row.get("IS MESSAGE DRAFT").toLowerCase(Locale.ROOT))
            || folder.equalsIgnoreCase("DRAFT")
            || folder.equalsIgnoreCase("DRAFTS"));
  }

  private static LocalDate date(CsvFile.Row row) {
    String text = row.get("DATE");
    return LinkedinDates.parse(text)
        .orElseThrow(
            () ->
                row.error(
                    "bad DATE \""
                        + text
                        + "\" (expected a date and time such as 2023-06-11 15:33:58 UTC)"));
  }
}
