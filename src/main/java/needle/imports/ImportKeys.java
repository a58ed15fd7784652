package needle.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the keys that identify imported entries: a digest of the entry's content, numbered when a
 * file holds the same entry more than once, so re-importing the file matches every row.
 */
public final class ImportKeys {
  private final String source;
  private final Map<String, Integer> seen = new HashMap<>();

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
    String digest = digest(content.toString());
    int occurrence = seen.merge(digest, 1, Integer::sum);
    return source + ":" + digest + (occurrence == 1 ? "" : "#" + occurrence);
  }

  /** A key from an identifier the source gives, such as a Message-ID. */
  public String of(String id) {
    return source + ":" + id;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
