package needle.imports.mbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import needle.asks.mail.AskFinder;
import needle.asks.mail.OwnText;
import needle.imports.ImportBatch;
import needle.imports.ImportFeed;
import needle.imports.ImportOptions;
import needle.imports.ImportSink;
import needle.imports.Progress;

/**
 * Reads an mbox file or a maildir folder header by header, and sends what it finds to an import as
 * it goes. Only the bodies of messages I sent are read, one at a time, to find the asks in them
 * ({@link AskFinder}). Without {@code --me}, the owner is guessed first (see {@link OwnerGuess}),
 * which costs a second pass over the file.
 */
public final class MailImport {
  private MailImport() {}

  /** The batch, and whose mail it was taken to be. */
  public record Result(ImportBatch batch, List<String> me, Guess guess) {}

  /**
   * The owner found without {@code --me}: the address seen in {@code found} of {@code messages}.
   */
  public record Guess(String address, int found, int messages) {
    /** The guess as any import tells it. */
    public needle.imports.Guessed told() {
      return new needle.imports.Guessed(address, found, messages, "messages");
    }
  }

  /**
   * The mailbox as a feed. Without {@code --me}, {@code guessed} hears whose mail it is taken to be
   * (or null when it holds no address) before its messages are sent.
   */
  public static ImportFeed feed(Path path, ImportOptions options, Consumer<Guess> guessed) {
    return ImportFeed.of(
        "mbox", path.toString(), sink -> send(path, options, guessed, sink, Mailbox.at(path)));
  }

  /** The whole mailbox, held: for tests, and to show what an import would write. */
  public static Result read(Path path, ImportOptions options) {
    Guess[] guess = new Guess[1];
    ImportBatch batch = ImportBatch.of(feed(path, options, g -> guess[0] = g));
    List<String> me =
        !options.knowsMyAddress() && guess[0] != null ? List.of(guess[0].address()) : options.me();
    return new Result(batch, me, guess[0]);
  }

  private static void send(
      Path path, ImportOptions options, Consumer<Guess> guessed, ImportSink sink, Mailbox mailbox) {
    HeaderParser parser = new HeaderParser();
    ImportOptions owned = options;
    Progress progress = options.progress();
    if (!options.knowsMyAddress()) {
      Guess guess = guess(mailbox, parser, half(progress, 0));
      guessed.accept(guess);
      owned = withMe(options, guess == null ? List.of() : List.of(guess.address()));
      progress = half(progress, 1);
    }
    MailBatch batch = new MailBatch(owned, sink);
    AskFinder finder = AskFinder.standard();
    mailbox.read(
        progress,
        (file, h, line) -> {
          if (batch.seen(HeaderParser.quickMessageId(h))) {
            return null;
          }
          MailHeader header = parser.parse(file, h, line);
          if (!batch.readsBody(header)) {
            batch.add(file, header, null);
            return null;
          }
          return new BodyText(
              h, text -> batch.add(file, header, finder.first(OwnText.of(text)).orElse(null)));
        });
    batch.finish();
  }

  private static Guess guess(Mailbox mailbox, HeaderParser parser, Progress progress) {
    OwnerGuess owner = new OwnerGuess();
    mailbox.read(
        progress,
        (file, h, line) -> {
          owner.add(parser.parse(file, h, line));
          return null;
        });
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
