package needle.storage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the ledger lives: a JDBC URL for PostgreSQL, else an SQLite file, by default in the user's
 * data directory ($XDG_DATA_HOME/needle/needle.db, else ~/.local/share/needle/needle.db).
 */
public sealed interface Location {
  /** An SQLite file; {@code isDefault} lets Needle create the folders it lives in. */
  record SqliteFile(Path path, boolean isDefault) implements Location {}

  /** A PostgreSQL database named by its JDBC URL. */
  record Postgres(String url) implements Location {}

  /** Reads {@code --db} (or NEEDLE_DB), falling back to the default file. */
  static Location of(String spec, Map<String, String> env) {
    String given = spec != null && !spec.isBlank() ? spec : env.get("NEEDLE_DB");
    if (given == null || given.isBlank()) {
      return new SqliteFile(defaultFile(env), true);
    }
    if (given.startsWith("jdbc:postgresql:")) {
      return new Postgres(given);
    }
    if (given.startsWith("jdbc:")) {
      throw new StorageException(
          "unsupported database URL \""
              + given.replaceAll("password=[^&]*", "password=...")
              + "\" (expected a jdbc:postgresql: URL or the path of an SQLite file)");
    }
    String path =
        given.startsWith("jdbc:sqlite:") ? given.substring("jdbc:sqlite:".length()) : given;
    return new SqliteFile(Path.of(path).toAbsolutePath(), false);
  }

  static Path defaultFile(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
    return base.resolve("needle").resolve("needle.db");
  }
}
