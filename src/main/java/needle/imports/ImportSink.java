package needle.imports;

import needle.ledger.MailMessage;

/**
 * Receives what a reader finds in one file, in file order, while the file is read: so a large file
 * goes to the ledger in batches and is never held whole.
 */
public interface ImportSink {
  /** A person the file describes; entries name their contact again. */
  void contact(Contact contact);

  /** An entry, tied to a contact that may or may not have been sent before. */
  void entry(Entry entry);

  /** An e-mail, or a LinkedIn message, kept for reply rates. */
  void mail(MailMessage message);

  void skip(Skipped skipped);

  /**
   * A contact sent without a name learned one further on in the file: {@code named} takes the place
   * of {@code first} for everything sent with it.
   */
  void named(Contact first, Contact named);
}
