package needle.imports;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import needle.ledger.MailMessage;

/**
 * A feed checked as it is sent, whatever its format: it fails once it has sent more rows (people,
 * entries, e-mails) than its options allow, so no file writes more than a bounded multiple of its
 * size and an upload on a shared server stays within its cap; and a person whose name is no name is
 * written with a warning, while a file whose names are mostly none fails: it is not the format it
 * was taken for, or it is damaged.
 */
public record CheckedFeed(ImportFeed feed, Path path, ImportOptions options) implements ImportFeed {
  /** Fewer people than this are too few to say that a file is mostly garbage. */
  static final int FEW = 10;

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
    Checking checking = new Checking(sink);
    feed.sendTo(checking);
    checking.finish();
  }

  /** Passes everything on, counting rows and names. */
  private final class Checking implements ImportSink {
    private final ImportSink sink;
    private long rows;
    private int named;
    private int garbage;
    private Contact firstGarbage;

    /** Each name once: a ledger names the same person on many rows. */
    private final Set<String> seen = new HashSet<>();

    Checking(ImportSink sink) {
      this.sink = sink;
    }

    private void count() {
      if (++rows > options.maxRows()) {
        throw new ImportException(path, options.tooManyRows());
      }
    }

    private void name(Contact c) {
      if (c.name() == null || !seen.add(c.name())) {
        return;
      }
      named++;
      if (Names.isGarbage(c.name())) {
        garbage++;
        if (firstGarbage == null) {
          firstGarbage = c;
        }
        sink.skip(
            Skipped.warning(
                feed.file(),
                c.line(),
                "kept, but \"" + c.name() + "\" does not look like a name (check the file)"));
      }
    }

    void finish() {
      if (named >= FEW && garbage * 2 > named) {
        throw new ImportException(
            path,
            firstGarbage.line(),
            garbage
                + " of the "
                + named
                + " names in the file do not look like names, such as \""
                + firstGarbage.name()
                + "\": it is damaged, or not the format it was imported as");
      }
    }

    @Override
    public void contact(Contact contact) {
      count();
      name(contact);
      sink.contact(contact);
    }

    @Override
    public void entry(Entry entry) {
      count();
      name(entry.who());
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
