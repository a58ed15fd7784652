package needle.imports.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import needle.IoReason;
import needle.imports.ImportException;
import needle.imports.Progress;

/**
 * An mbox file, split into messages on its {@code From } lines as a stream: only the header of the
 * message being read is held, and bodies are skipped unless the handler takes them. Past the first
 * line, a {@code From } line starts a message only when it carries a postmark (a sender, a time and
 * a year, as mbox writers put it), so an unescaped "From the desk of..." in a body is left alone.
 */
record MboxFile(Path file) implements Mailbox {
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
  private static final long PROGRESS_STEP = 1 << 20;

  @Override
  public void read(Progress progress, Handler handler) {
    try (InputStream in = Files.newInputStream(file)) {
      new Splitter(new Lines(in, 64 * 1024), Files.size(file), progress, handler).run();
    } catch (IOException e) {
      throw new ImportException(file, "cannot read the file: " + IoReason.of(e));
    }
  }

  /** One pass over the file. */
  private final class Splitter {
    private final Lines lines;
    private final long size;
    private final Progress progress;
    private final Handler handler;
    private final HeaderBytes header = new HeaderBytes();
    private long messageLine;
    private long reported;
    private Body body;

    Splitter(Lines lines, long size, Progress progress, Handler handler) {
      this.lines = lines;
      this.size = size;
      this.progress = progress;
      this.handler = handler;
    }

    void run() throws IOException {
      if (!firstMessage()) {
        // As an empty CSV, vCard or calendar file: nothing in it can be imported, and a wrong
        // export or a wrong file is likelier than a mailbox with nothing in it.
        throw new ImportException(
            file,
            1,
            "the file is empty (expected an mbox mailbox: messages each starting with a \"From \""
                + " line)");
      }
      boolean inHeader = true;
      while (lines.next()) {
        if (inHeader && lines.isBlank()) {
          deliver();
          inHeader = false;
        } else if (inHeader) {
          header.add(lines);
        } else if (lines.startsWith(FROM) && isPostmark()) {
          endBody();
          start();
          inHeader = true;
        } else if (body != null) {
          body.line(lines);
        }
        report();
      }
      if (inHeader) {
        deliver();
      }
      endBody();
      progress.advance(size, size);
    }

    /** Finds the first {@code From } line, past any blank lines; false for an empty file. */
    private boolean firstMessage() throws IOException {
      while (lines.next()) {
        if (lines.startsWith(FROM)) {
          start();
          return true;
        }
        if (!lines.isBlank()) {
          throw new ImportException(
              file,
              lines.number(),
              "not an mbox file: found \""
                  + excerpt(60)
                  + "\" (expected each message to start with a \"From \" line)");
        }
      }
      return false;
    }

    private void start() {
      messageLine = lines.number();
      header.clear();
    }

    private void deliver() {
      body = handler.message(file, header, messageLine);
    }

    private void endBody() {
      if (body != null) {
        body.end();
        body = null;
      }
    }

    private boolean isPostmark() {
      return Postmark.is(lines.buffer(), lines.start(), lines.end());
    }

    private String excerpt(int max) {
      int length = Math.min(lines.end() - lines.start(), max);
      return new String(lines.buffer(), lines.start(), length, StandardCharsets.ISO_8859_1);
    }

    private void report() {
      if (lines.consumed() - reported >= PROGRESS_STEP) {
        reported = lines.consumed();
        progress.advance(reported, size);
      }
    }
  }
}
