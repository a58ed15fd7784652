package needle.imports.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a stream line by line as bytes, through one fixed buffer: a line longer than the buffer is
 * cut to the buffer's length and its rest skipped, so memory stays the same whatever the input.
 */
final class Lines {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  private final InputStream in;
  private final byte[] buffer;
  private int position;
  private int limit;
  private long consumed;
  private boolean skipping;
  private long number;
  private int start;
  private int end;

  Lines(InputStream in, int bufferSize) {
    this.in = in;
    this.buffer = new byte[bufferSize];
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (skipping && !skipRest()) {
      return false;
    }
    int newline = indexOfNewline(position);
    while (newline < 0) {
      int searched = compact();
      if (limit == buffer.length) {
        skipping = true;
        return line(0, limit, limit);
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        return position < limit && line(position, limit, limit);
      }
      limit += read;
      newline = indexOfNewline(searched);
    }
    return line(position, newline, newline + 1);
  }

  /** Bytes of the stream read up to the end of the current line. */
  long consumed() {
    return consumed;
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  byte[] buffer() {
    return buffer;
  }

  /** Where the current line starts in {@link #buffer()}. */
  int start() {
    return start;
  }

  /** Where the current line ends in {@link #buffer()}, without its line break. */
  int end() {
    return end;
  }

  boolean isBlank() {
    return start == end;
  }

  boolean startsWith(byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean line(int from, int to, int next) {
    start = from;
    end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
    consumed += next - from;
    position = next;
    number++;
    return true;
  }

  /** Drops the bytes already returned; answers where the search for a newline resumes. */
  private int compact() {
    int searched = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    return searched;
  }

  private boolean skipRest() throws IOException {
    skipping = false;
    while (true) {
      int newline = indexOfNewline(position);
      if (newline >= 0) {
        consumed += newline + 1 - position;
        position = newline + 1;
        return true;
      }
      consumed += limit - position;
      position = 0;
      limit = Math.max(0, in.read(buffer, 0, buffer.length));
      if (limit == 0) {
        return false;
      }
    }
  }

  /** Eight bytes at a time: a gigabyte of mail is mostly this search. */
  private int indexOfNewline(int from) {
    int i = from;
    for (; i + Long.BYTES <= limit; i += Long.BYTES) {
      long word = (long) LONGS.get(buffer, i) ^ NEWLINES;
      long found = (word - ONES) & ~word & HIGH_BITS;
      if (found != 0) {
        return i + Long.numberOfTrailingZeros(found) / Byte.SIZE;
      }
    }
    for (; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
