package needle.cli;

import java.nio.file.Path;

/** The in-process command line for tests in other packages. */
public final class CliAccess {
  private final Cli cli;

  public CliAccess(String db, Path home) {
    this.cli = new Cli(db, home);
  }

  /** What one command printed, and how it exited. */
  public record Result(int exit, String out, String err) {}

  public String ok(String... args) {
    return cli.ok(args);
  }

  public Result run(String... args) {
    Cli.Result r = cli.run(args);
    return new Result(r.exit(), r.out(), r.err());
  }
}
