package needle.imports.mbox;

import java.util.Arrays;

/** The header lines of the message being read, up to a cap no real header reaches. */
final class HeaderBytes {
  static final int MAX = 256 * 1024;

  private byte[] bytes = new byte[8192];
  private int length;

  void clear() {
    length = 0;
  }

  void add(Lines line) {
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

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }
}
