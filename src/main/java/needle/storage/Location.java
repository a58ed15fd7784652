package needle.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where the ledger lives: a JDBC URL for PostgreSQL, else an SQLite file, by default in the user's
 * data directory ($XDG_DATA_HOME/needle/needle.db, else ~/.local/share/needle/needle.db).
 */
public sealed interface Location {
  /** An SQLite file; {@code isDefault} lets Needle create the folders it lives in. */
  record SqliteFile(Path path, boolean isDefault) implements Location {}

  /**
   * A PostgreSQL database named by its JDBC URL. Its password, when the URL holds none, comes from
   * {@code PGPASSWORD} or from {@code ~/.pgpass} (read by the driver), or is asked for.
   */
  record Postgres(String url) implements Location {
    /** Whether the URL holds a password. */
    public boolean hasPassword() {
      return Location.hasPassword(url);
    }

    /**
     * Whether a password must be asked for: the URL holds none, and the password file ({@code
     * PGPASSFILE}, else {@code ~/.pgpass}) has no line for this host, port, database and user.
     */
    public boolean needsPassword() {
      if (hasPassword()) {
        return false;
      }
      Properties parts = org.postgresql.Driver.parseURL(url, null);
      if (parts == null) {
        return false;
      }
      String user = parts.getProperty("user", System.getProperty("user.name"));
      String host = parts.getProperty("PGHOST", "localhost").split(",")[0];
      String port = parts.getProperty("PGPORT", "5432").split(",")[0];
      String database = parts.getProperty("PGDBNAME", user);
      return PgPassParser.getPassword(host, port, database, user) == null;
    }

    /** The same database reached with {@code password}, which stays in memory only. */
    public Postgres withPassword(char[] password) {
      String separator = url.contains("?") ? "&" : "?";
      return new Postgres(
          url
              + separator
              + "password="
              + URLEncoder.encode(new String(password), StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether {@code spec} (a {@code --db} value) holds a password, which any account on the computer
   * can read while the command runs (ps) and which stays in the shell's history.
   */
  static boolean hasPassword(String spec) {
    return spec != null && spec.toLowerCase(java.util.Locale.ROOT).matches("(?s).*[?&]password=.*");
  }

  /** Reads {@code --db} (or NEEDLE_DB), falling back to the default file. */
  static Location of(String spec, Map<String, String> env) {
    String given = spec != null && !spec.isBlank() ? spec : env.get("NEEDLE_DB");
    if (given == null || given.isBlank()) {
      return new SqliteFile(defaultFile(env), true);
    }
    if (given.startsWith("jdbc:postgresql:")) {
      Postgres postgres = new Postgres(given);
      String password = env.get("PGPASSWORD");
      return postgres.hasPassword() || password == null || password.isEmpty()
          ? postgres
          : postgres.withPassword(password.toCharArray());
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
