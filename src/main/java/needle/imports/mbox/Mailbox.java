package needle.imports.mbox;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.imports.ImportException;
import needle.imports.Progress;

/**
 * Mail on disk, read one message header at a time: an mbox file or a maildir folder. A message's
 * body is read only when the handler asks for it, as the import does for the messages I sent.
 */
sealed interface Mailbox permits MboxFile, MaildirFolder {

  /**
   * Receives each message's header bytes, with the file and line where the message starts, and
   * answers where its body's lines go, or null to skip them.
   */
  interface Handler {
    Body message(Path file, HeaderBytes header, long line);
  }

  /** Takes one message's body, line by line, then hears that it ended. */
  interface Body {
    void line(Lines line);

    void end();
  }

  void read(Progress progress, Handler handler);

  static Mailbox at(Path path) {
    if (Files.isDirectory(path)) {
      return new MaildirFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportException(
          path, "no such file or folder (expected an mbox file or a maildir folder)");
    }
    return new MboxFile(path);
  }
}
