package needle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A child process for the concurrency tests: {@code needle log time} run {@code COUNT} times in a
 * row, each one command with its own transaction, as a user's script would run them. Exits 1 on the
 * first command that fails, with its message.
 */
public final class RepeatedLog {
  private RepeatedLog() {}

  /** Arguments: the ledger, the person, how many times, and a tag for the notes. */
  public static void main(String[] args) {
    String db = args[0];
    String person = args[1];
    int count = Integer.parseInt(args[2]);
    String tag = args[3];
    for (int i = 0; i < count; i++) {
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              System.getenv(),
              new SystemClock(),
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true),
              "--db",
              db,
              "log",
              "time",
              person,
              "--minutes=1",
              "--on=2026-03-02",
              "--note=" + tag + " " + i);
      if (code != 0) {
        System.err.println("log " + i + " failed (" + code + "): " + err);
        System.exit(1);
      }
    }
    System.exit(0);
  }
}
