package needle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import needle.NeedleException;

/**
 * The local user's secret for {@code serve} on 127.0.0.1: a random key kept in a file only they can
 * read ({@code $XDG_DATA_HOME/needle/web-key}, mode 0600), so that another account on the computer,
 * which can reach 127.0.0.1 too, cannot read their ledger through the web app.
 */
final class LocalSecret {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private LocalSecret() {}

  /** A key for one run only, e.g. the demo's. */
  static String fresh() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The key in the user's file, made on first use; the file is kept readable by its owner only. */
  static String of(Map<String, String> env) {
    Path file = file(env);
    try {
      Files.createDirectories(
          file.getParent(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Path fresh =
            Files.createTempFile(
                file.getParent(),
                "web-key",
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(fresh, fresh() + "\n", StandardCharsets.US_ASCII);
        Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new NeedleException(file + " is not a plain file (delete it and serve again)");
      }
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (!key.matches("[0-9a-f]{48}")) {
        throw new NeedleException(
            file + " does not hold a Needle key (delete it, and serve again to make a new one)");
      }
      return key;
    } catch (IOException e) {
      throw new NeedleException(
          "cannot read or create the web key " + file + ": " + needle.IoReason.of(e), e);
    }
  }

  static Path file(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
    return base.resolve("needle").resolve("web-key");
  }
}
