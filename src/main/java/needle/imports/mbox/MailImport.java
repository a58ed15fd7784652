package needle.imports.mbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import needle.imports.ImportBatch;
import needle.imports.ImportOptions;
import needle.imports.Progress;

/**
 * Reads an mbox file or a maildir folder into an {@link ImportBatch}, header by header, never
 * holding a message body. Without {@code --me}, the owner is guessed first (see {@link
 * OwnerGuess}), which costs a second pass over the file.
 */
public final class MailImport {
  private MailImport() {}

  /** The batch, and whose mail it was taken to be. */
  public record Result(ImportBatch batch, List<String> me, Guess guess) {}

  /**
   * The owner found without {@code --me}: the address seen in {@code found} of {@code messages}.
   */
  public record Guess(String address, int found, int messages) {}

  public static Result read(Path path, ImportOptions options) {
    Mailbox mailbox = Mailbox.at(path);
    HeaderParser parser = new HeaderParser();
    Guess guess = null;
    ImportOptions owned = options;
    Progress progress = options.progress();
    if (options.me().isEmpty()) {
      guess = guess(mailbox, parser, half(progress, 0));
      owned = withMe(options, guess == null ? List.of() : List.of(guess.address()));
      progress = half(progress, 1);
    }
    MailBatch batch = new MailBatch(path, owned);
    mailbox.read(
        progress, (file, h, length, line) -> batch.add(file, parser.parse(file, h, length, line)));
    return new Result(batch.build(), owned.me(), guess);
  }

  private static Guess guess(Mailbox mailbox, HeaderParser parser, Progress progress) {
    OwnerGuess owner = new OwnerGuess();
    mailbox.read(
        progress, (file, h, length, line) -> owner.add(parser.parse(file, h, length, line)));
    return owner
        .owner()
        .map(
            (Map.Entry<String, Integer> e) -> new Guess(e.getKey(), e.getValue(), owner.messages()))
        .orElse(null);
  }

  private static ImportOptions withMe(ImportOptions o, List<String> me) {
    return new ImportOptions(me, o.asOf(), o.groupMode(), o.groupMaxOthers(), o.progress());
  }

  /** Progress for one of two passes over the same input, as halves of one bar. */
  private static Progress half(Progress whole, int which) {
    return (done, total) -> whole.advance(total / 2 * which + done / 2, total);
  }
}
