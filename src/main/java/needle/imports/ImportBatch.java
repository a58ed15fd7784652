package needle.imports;

import java.util.List;
import needle.ledger.MailMessage;

/**
 * Everything one file holds, read and checked before anything is written: the people it names, the
 * entries, the rows it skipped with their reasons, and the e-mails reply rates are worked out from.
 */
public record ImportBatch(
    String source,
    String file,
    List<Contact> contacts,
    List<Entry> entries,
    List<Skipped> skipped,
    List<MailMessage> mail) {

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
}
