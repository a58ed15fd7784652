package needle.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import needle.LongSet;

/**
 * Makes the keys that identify imported entries: a digest of the entry's content, numbered when a
 * file holds the same entry more than once, so re-importing the file matches every row.
 */
public final class ImportKeys {
  private static final int DIGEST_BYTES = 12;

  private final String source;
  private final MessageDigest sha256 = sha256();
  private final LongSet seen = new LongSet();
  private final Map<String, Integer> repeated = new HashMap<>();

  public ImportKeys(String source) {
    this.source = source;
  }

  /** The key of the next entry with these parts. */
  public String next(Object... parts) {
    StringBuilder content = new StringBuilder();
    for (Object part : parts) {
      content
          .append(part == null ? "" : part.toString().trim().toLowerCase(Locale.ROOT))
          .append('\u001f');
    }
    byte[] hash = sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8));
    String digest = HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
    int occurrence = occurrence(hash, digest);
    return source + ":" + digest + (occurrence == 1 ? "" : "#" + occurrence);
  }

  /** A key from an identifier the source gives, such as a Message-ID. */
  public String of(String id) {
    return source + ":" + id;
  }

  /**
   * How often this digest has come: a file of a million rows is told apart by 64 bits of each, held
   * in one array, and only repeats are kept by their whole digest.
   */
  private int occurrence(byte[] hash, String digest) {
    long bits = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      bits = bits << 8 | (hash[i] & 0xff);
    }
    return seen.add(bits) ? 1 : repeated.merge(digest, 2, (a, b) -> a + 1);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
