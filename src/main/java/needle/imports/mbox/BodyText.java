package needle.imports.mbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * One message's text, read with mime4j from its header and body: the first text/plain part, decoded
 * (quoted-printable, base64, its charset), or null when it has none. Only the first {@link #MAX}
 * bytes of a body are kept, which holds the text of any message a person wrote; the rest, such as
 * an attachment, is dropped as it streams past.
 */
final class BodyText implements Mailbox.Body {
  static final int MAX = 256 * 1024;

  /** The most characters of text kept: the writer's own part comes first. */
  static final int MAX_CHARS = 64 * 1024;

  /** A builder per thread, set up once: lenient, as real mailboxes need. */
  private static final ThreadLocal<DefaultMessageBuilder> BUILDER =
      ThreadLocal.withInitial(
          () -> {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(
                MimeConfig.custom()
                    .setMaxLineLen(-1)
                    .setMaxHeaderLen(-1)
                    .setMaxHeaderCount(-1)
                    .setMaxContentLen(-1)
                    .build());
            builder.setDecodeMonitor(DecodeMonitor.SILENT);
            return builder;
          });

  private final byte[] header;
  private final Consumer<String> text;
  private byte[] bytes = new byte[8192];
  private int length;

  /** Reads the body of the message whose header is {@code header}, and hands {@code text} it. */
  BodyText(HeaderBytes header, Consumer<String> text) {
    this.header = Arrays.copyOf(header.bytes(), header.length());
    this.text = text;
  }

  @Override
  public void line(Lines line) {
    int size = line.end() - line.start();
    if (length + size + 1 > MAX) {
      return;
    }
    if (length + size + 1 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + size + 1));
    }
    System.arraycopy(line.buffer(), line.start(), bytes, length, size);
    length += size;
    bytes[length++] = '\n';
  }

  @Override
  public void end() {
    text.accept(read(header, bytes, length));
  }

  /** The text of the message made of {@code header} and the first {@code length} body bytes. */
  static String read(byte[] header, byte[] body, int length) {
    DefaultMessageBuilder builder = BUILDER.get();
    InputStream whole =
        new SequenceInputStream(
            new ByteArrayInputStream(header),
            new SequenceInputStream(
                new ByteArrayInputStream(new byte[] {'\n'}),
                new ByteArrayInputStream(body, 0, length)));
    try {
      Message message = builder.parseMessage(whole);
      try {
        return plain(message, 0);
      } finally {
        message.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A body mime4j cannot make sense of has no text to look for asks in; its header was read.
      return null;
    }
  }

  /**
   * The first text/plain part of {@code entity}, looking into multiparts (not into an attached
   * message, which someone else wrote).
   */
  private static String plain(Entity entity, int depth) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart && depth < 5) {
      for (Entity part : multipart.getBodyParts()) {
        String found = plain(part, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    String type = entity.getMimeType() == null ? "" : entity.getMimeType().toLowerCase(Locale.ROOT);
    if (body instanceof TextBody textBody && type.equals("text/plain")) {
      return characters(textBody);
    }
    return null;
  }

  private static String characters(TextBody body) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] chunk = new char[8192];
    try (Reader reader = body.getReader()) {
      int read;
      while (out.length() < MAX_CHARS && (read = reader.read(chunk)) > 0) {
        out.append(chunk, 0, Math.min(read, MAX_CHARS - out.length()));
      }
    }
    return out.toString();
  }
}
