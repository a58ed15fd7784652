package needle.imports.mbox;

import java.nio.file.Files;
import java.nio.file.Path;
import needle.imports.ImportException;
import needle.imports.Progress;

/** Mail on disk, read one message header at a time: an mbox file or a maildir folder. */
sealed interface Mailbox permits MboxFile, MaildirFolder {

  /** Receives each message's header bytes, with the file and line where the message starts. */
  interface Handler {
    void message(Path file, HeaderBytes header, long line);
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
