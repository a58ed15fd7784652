package needle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import needle.NeedleException;
import needle.scoring.Policy;
import needle.scoring.Scorer;
import needle.storage.Ledger;

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

  Ledger ledger() {
    if (ledger == null) {
      ledger = Ledger.open(dbSpec, env);
    }
    return ledger;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Map<String, String> env() {
    return env;
  }

  Scorer scorer() {
    return new Scorer(policy());
  }

  /** The scoring config: the defaults, with the user's file (--config, else XDG) laid over. */
  Policy policy() {
    if (policy == null) {
      policy = loadPolicy();
    }
    return policy;
  }

  private Policy loadPolicy() {
    Path file = configFile != null ? configFile : defaultConfig();
    if (configFile == null && !Files.exists(file)) {
      return Policy.defaults();
    }
    Properties overrides = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      overrides.load(in);
    } catch (IOException e) {
      throw new NeedleException(
          "cannot read the scoring config "
              + file
              + ": "
              + e.getMessage()
              + " (check the path given to --config)");
    }
    return Policy.withOverrides(overrides, file.toString());
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
