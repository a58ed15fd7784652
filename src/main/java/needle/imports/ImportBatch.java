package needle.imports;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import needle.ledger.MailMessage;

/**
 * Everything one file holds, read and checked before anything is written: the people it names, the
 * entries, the rows it skipped with their reasons, and the e-mails reply rates are worked out from.
 * Small formats are read into one; a streamed file can be gathered into one with {@link #of}.
 */
public record ImportBatch(
    String source,
    String file,
    List<Contact> contacts,
    List<Entry> entries,
    List<Skipped> skipped,
    List<MailMessage> mail)
    implements ImportFeed {

  public ImportBatch {
    contacts = List.copyOf(contacts);
    entries = List.copyOf(entries);
    skipped = List.copyOf(skipped);
    mail = List.copyOf(mail);
  }

  /** A batch without e-mail facts: every format but mail. */
  public ImportBatch(
      String source,
      String file,
      List<Contact> contacts,
      List<Entry> entries,
      List<Skipped> skipped) {
    this(source, file, contacts, entries, skipped, List.of());
  }

  /** Everything {@code feed} sends, held: for tests and golden files, not for large files. */
  public static ImportBatch of(ImportFeed feed) {
    Gathered gathered = new Gathered();
    feed.sendTo(gathered);
    return gathered.batch(feed.source(), feed.file());
  }

  @Override
  public void sendTo(ImportSink sink) {
    contacts.forEach(sink::contact);
    entries.forEach(sink::entry);
    mail.forEach(sink::mail);
    skipped.forEach(sink::skip);
  }

  /** A sink that keeps what it is sent, with later names put in place of the first ones. */
  private static final class Gathered implements ImportSink {
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<MailMessage> mail = new ArrayList<>();
    private final Map<Contact, Contact> renamed = new IdentityHashMap<>();

    @Override
    public void contact(Contact contact) {
      contacts.add(contact);
    }

    @Override
    public void entry(Entry entry) {
      entries.add(entry);
    }

    @Override
    public void mail(MailMessage message) {
      mail.add(message);
    }

    @Override
    public void skip(Skipped s) {
      skipped.add(s);
    }

    @Override
    public void named(Contact first, Contact named) {
      renamed.put(first, named);
    }

    ImportBatch batch(String source, String file) {
      List<Contact> people = contacts.stream().map(c -> renamed.getOrDefault(c, c)).toList();
      List<Entry> tied =
          entries.stream()
              .map(e -> renamed.containsKey(e.who()) ? e.tiedTo(renamed.get(e.who())) : e)
              .toList();
      return new ImportBatch(source, file, people, tied, skipped, mail);
    }
  }
}
