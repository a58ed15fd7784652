package needle.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import needle.IoReason;

/**
 * Reads a text file whatever its encoding, the one way every importer does: a byte-order mark
 * (UTF-8, UTF-16) decides; without one the file is UTF-8, decoded strictly, and a file that is not
 * UTF-8 is read as Windows-1252, which spreadsheets and older address books write, and the reader
 * says so. A NUL character, which no text file holds, fails the file with its line.
 *
 * <p>It reads in one pass: until the first byte that is not UTF-8, every byte read was ASCII or the
 * file is refused, and ASCII reads the same in both encodings, so switching there is the same as
 * having read the file as Windows-1252 from its start.
 */
public final class TextFile extends Reader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path path;
  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private CharsetDecoder decoder;
  private boolean marked;
  private boolean nonAscii;
  private boolean eof;
  private boolean flushed;
  private long line = 1;
  private long fallbackLine;

  private TextFile(Path path, InputStream in) throws IOException {
    this.path = path;
    this.in = in;
    bytes.flip();
    fill();
    this.decoder = strict(bom());
  }

  /**
   * Opens {@code path} for reading; reading fails with an {@link ImportException} (FILE:LINE) when
   * the file holds a NUL or mixes encodings.
   */
  public static TextFile open(Path path) {
    if (Files.isDirectory(path)) {
      throw new ImportException(path, "this is a folder, not a file (give the path of a file)");
    }
    try {
      return new TextFile(path, Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      throw new ImportException(path, "no such file (check the path)");
    } catch (IOException e) {
      throw new ImportException(path, "cannot read the file: " + IoReason.of(e));
    }
  }

  /** A whole file read as {@link #open} reads it, and how. */
  public record Text(String text, Optional<Skipped> notice) {}

  /** The whole of {@code path}, decoded; for formats read whole (vCard, iCalendar). */
  public static Text read(Path path) {
    try (TextFile reader = open(path)) {
      StringBuilder text = new StringBuilder((int) Math.min(Files.size(path), 1 << 24));
      char[] chunk = new char[1 << 14];
      for (int n; (n = reader.read(chunk, 0, chunk.length)) >= 0; ) {
        text.append(chunk, 0, n);
      }
      return new Text(text.toString(), reader.notice());
    } catch (IOException e) {
      throw new ImportException(path, "cannot read the file: " + IoReason.of(e));
    }
  }

  /** The warning a summary shows when the file was read as Windows-1252; empty for UTF. */
  public Optional<Skipped> notice() {
    if (fallbackLine == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Skipped.warning(
            path.toString(),
            fallbackLine,
            "the file is not UTF-8 from here on: read it as Windows-1252 (check the accents, or"
                + " save the file as UTF-8)"));
  }

  /** The charset the file's byte-order mark names, which it skips; UTF-8 when there is none. */
  private Charset bom() {
    int b0 = at(0);
    int b1 = at(1);
    if (b0 == 0xEF && b1 == 0xBB && at(2) == 0xBF) {
      marked = true;
      bytes.position(3);
      return StandardCharsets.UTF_8;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      marked = true;
      bytes.position(2);
      return b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  private int at(int index) {
    return index < bytes.limit() ? bytes.get(index) & 0xFF : -1;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Reads more bytes after those not decoded yet; the buffer is left ready to be decoded. */
  private void fill() throws IOException {
    bytes.compact();
    while (bytes.hasRemaining()) {
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
        break;
      }
      bytes.position(bytes.position() + n);
      if (n > 0 && bytes.position() > 0) {
        break;
      }
    }
    bytes.flip();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      check(target, offset, out.position());
      if (result.isError()) {
        fallBack(result);
      } else if (result.isUnderflow()) {
        if (eof) {
          decoder.flush(out);
          check(target, offset, out.position());
          flushed = true;
        } else {
          fill();
        }
      }
    }
    return out.position() - offset;
  }

  /** Counts lines in what was just decoded, and refuses a NUL. */
  private void check(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw new ImportException(
            path,
            line,
            "the file holds a NUL character, so it is binary, not text (expected a text file)");
      } else if (c > 0x7F) {
        nonAscii = true;
      }
    }
  }

  private void fallBack(CoderResult result) {
    if (marked || nonAscii || fallbackLine != 0) {
      throw new ImportException(
          path,
          line,
          "the text is not "
              + decoder.charset().displayName()
              + " here ("
              + result.length()
              + " bad byte(s)), though the lines before it are (expected one encoding for the"
              + " whole file: save it as UTF-8)");
    }
    fallbackLine = line;
    decoder =
        WINDOWS_1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
