package needle.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import needle.NeedleException;
import needle.app.Scope;
import needle.scoring.Policy;
import needle.scoring.Scorer;
import needle.storage.Ledger;
import needle.storage.Location;

/**
 * What every command shares: the global options, the environment, the clock, and the ledger, opened
 * on first use.
 */
final class App {
  private final Map<String, String> env;
  private final Clock clock;
  private String dbSpec;
  private Path configFile;
  private Ledger ledger;
  private Policy policy;
  private PrintWriter warnings = new PrintWriter(System.err, true);

  App(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  void setDb(String spec) {
    this.dbSpec = spec;
    this.ledger = null;
  }

  void setConfig(Path file) {
    this.configFile = file;
    this.policy = null;
  }

  /** Uses an already open ledger, e.g. the demo's temporary one. */
  void useLedger(Ledger open) {
    this.ledger = open;
  }

  /** Where warnings go: the command line's error writer. */
  void warnTo(PrintWriter writer) {
    this.warnings = writer;
  }

  Ledger ledger() {
    if (ledger == null) {
      ledger = Ledger.open(location()).whenWaiting(this::waiting);
    }
    return ledger;
  }

  /** Said once by a write that waits for another process's ({@link #ledger}). */
  private void waiting() {
    warnings.println(
        "needle: waiting for another Needle to finish writing to this ledger (an import?)...");
    warnings.flush();
  }

  /**
   * The ledger's location; a PostgreSQL password comes from PGPASSWORD, ~/.pgpass or, on a
   * terminal, a prompt. One in --db is visible to every account on the computer: say so.
   */
  private Location location() {
    Location location = Location.of(dbSpec, env);
    if (Location.hasPassword(dbSpec)) {
      warnings.println(
          "warning: the password in --db can be read by every account on this computer while"
              + " Needle runs (ps) and stays in your shell's history; put it in PGPASSWORD or"
              + " ~/.pgpass instead");
      warnings.flush();
    }
    Console console = System.console();
    if (location instanceof Location.Postgres pg && console != null && pg.needsPassword()) {
      char[] password = console.readPassword("PostgreSQL password (Enter if it needs none): ");
      if (password != null && password.length > 0) {
        location = pg.withPassword(password);
        Arrays.fill(password, '\0');
      }
    }
    return location;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Clock clock() {
    return clock;
  }

  Map<String, String> env() {
    return env;
  }

  Scorer scorer() {
    return new Scorer(policy());
  }

  /** The ledger, config and clock the application layer acts on. */
  Scope scope() {
    return new Scope(ledger(), policy(), clock);
  }

  /** Whether standard output is a terminal (listings then show a screenful, cut to its width). */
  boolean terminal() {
    return System.console() != null && !"dumb".equals(env.get("TERM"));
  }

  /** The terminal's width: {@code COLUMNS} when set, else a common 100. */
  int columns() {
    try {
      return Integer.parseInt(env.getOrDefault("COLUMNS", "100").trim());
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** The scoring config: the defaults, with the user's file (--config, else XDG) laid over. */
  Policy policy() {
    if (policy == null) {
      policy = loadPolicy();
    }
    return policy;
  }

  private Policy loadPolicy() {
    Properties overrides = overrides();
    return overrides.isEmpty() && configFile == null
        ? Policy.defaults()
        : Policy.withOverrides(overrides, configPath().toString());
  }

  /** The file the scoring config is read from: --config, else the user's default file. */
  Path configPath() {
    return configFile != null ? configFile : defaultConfig();
  }

  /** The settings the user's config file sets; empty when there is no file. */
  Properties overrides() {
    Path file = configPath();
    Properties overrides = new Properties();
    if (configFile == null && !Files.exists(file)) {
      return overrides;
    }
    try (InputStream in = Files.newInputStream(file)) {
      overrides.load(in);
    } catch (IOException e) {
      throw new NeedleException(
          "cannot read the scoring config " + file + ": " + needle.IoReason.of(e));
    }
    return overrides;
  }

  private Path defaultConfig() {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return base.resolve("needle").resolve("scoring.properties");
  }
}
