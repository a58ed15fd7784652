package needle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs needle commands in-process against one ledger, as a person would type them. */
final class Cli {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final String db;
  private final Map<String, String> env;

  Cli(String db, Path home) {
    this.db = db;
    this.env =
        Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
  }

  static Cli sqlite(Path folder) {
    return new Cli(folder.resolve("needle.db").toString(), folder);
  }

  /** What one command printed, and how it exited. */
  record Result(int exit, String out, String err) {}

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--db", db));
    all.addAll(List.of(args));
    return runRaw(all.toArray(String[]::new));
  }

  Result runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    int exit = Main.run(env, clock, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs a command that must succeed, and returns what it printed. */
  String ok(String... args) {
    Result r = run(args);
    if (r.exit() != 0) {
      throw new AssertionError(
          "needle " + String.join(" ", args) + " exited " + r.exit() + ": " + r.err());
    }
    return r.out();
  }
}
