package needle.imports;

import java.util.function.Consumer;

/**
 * One file to import, read when it is sent to a sink: what a format's reader gives, and what the
 * {@link ImportWriter} writes in one transaction as it reads. Reading fails with FILE:LINE.
 */
public interface ImportFeed {
  /** Where the entries come from, as the ledger records it (such as "ledger-csv"). */
  String source();

  String file();

  /** Reads the file from its start, sending everything it holds to {@code sink} in file order. */
  void sendTo(ImportSink sink);

  /** A feed whose {@code read} reads the file again each time it is sent. */
  static ImportFeed of(String source, String file, Consumer<ImportSink> read) {
    return new Reading(source, file, read);
  }

  /** See {@link #of}. */
  record Reading(String source, String file, Consumer<ImportSink> read) implements ImportFeed {
    @Override
    public void sendTo(ImportSink sink) {
      read.accept(sink);
    }
  }
}
