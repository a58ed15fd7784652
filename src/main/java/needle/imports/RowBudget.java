package needle.imports;

import java.nio.file.Path;
import needle.ledger.MailMessage;

/**
 * A feed that fails once it has sent more rows (people, entries, e-mails) than its options allow:
 * bounded work for a file read as a stream, so no file writes more than a bounded multiple of its
 * size, and an upload on a shared server stays within its cap.
 */
public record RowBudget(ImportFeed feed, Path path, ImportOptions options) implements ImportFeed {
  @Override
  public String source() {
    return feed.source();
  }

  @Override
  public String file() {
    return feed.file();
  }

  @Override
  public void sendTo(ImportSink sink) {
    feed.sendTo(new Counting(sink));
  }

  /** Passes everything on, counting. */
  private final class Counting implements ImportSink {
    private final ImportSink sink;
    private long rows;

    Counting(ImportSink sink) {
      this.sink = sink;
    }

    private void count() {
      if (++rows > options.maxRows()) {
        throw new ImportException(path, options.tooManyRows());
      }
    }

    @Override
    public void contact(Contact contact) {
      count();
      sink.contact(contact);
    }

    @Override
    public void entry(Entry entry) {
      count();
      sink.entry(entry);
    }

    @Override
    public void mail(MailMessage message) {
      count();
      sink.mail(message);
    }

    @Override
    public void skip(Skipped skipped) {
      sink.skip(skipped);
    }

    @Override
    public void named(Contact first, Contact named) {
      sink.named(first, named);
    }
  }
}
