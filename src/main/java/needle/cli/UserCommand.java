package needle.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import needle.NeedleException;
import needle.app.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user add|passwd|remove|logout NAME}: the accounts for server mode, each with a ledger of
 * its own.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage the accounts that may log in when serve binds beyond 127.0.0.1.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Passwd.class,
      UserCommand.Remove.class,
      UserCommand.Logout.class
    })
final class UserCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add an account; asks for the password twice (or reads one line with --password-stdin).",
        "The first account takes over the local ledger; later ones start empty."
      })
  static final class Add extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean fromStdin;

    Add(App app) {
      super(app);
    }

    @Override
    public Integer call() throws IOException {
      char[] password = fromStdin ? stdinLine() : prompted("Password for the new user: ");
      try {
        Accounts.Added account = Accounts.add(app.ledger(), name, password);
        String which = account.localLedger() ? "the local ledger" : "a new, empty ledger";
        out().println("Added user " + account.name() + " with " + which + ".");
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description = {
        "Change a user's password; asks twice (or reads one line with --password-stdin).",
        "Every session of the user ends, so a stolen session or password stops working."
      })
  static final class Passwd extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--password-stdin",
        description = "Read the new password from the first line of standard input.")
    boolean fromStdin;

    Passwd(App app) {
      super(app);
    }

    @Override
    public Integer call() throws IOException {
      char[] password = fromStdin ? stdinLine() : prompted("New password: ");
      try {
        Accounts.changePassword(app.ledger(), name, password);
        out().println("Changed the password of " + name.trim() + "; their sessions have ended.");
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = {
        "Remove a user: they can no longer log in and their sessions end.",
        "Their ledger is deleted with them (export it first); the local ledger stays."
      })
  static final class Remove extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    Remove(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      boolean local = Accounts.remove(app.ledger(), name);
      out()
          .println(
              "Removed user "
                  + name.trim()
                  + (local
                      ? "; the local ledger stays for the command line."
                      : " and their ledger."));
      return 0;
    }
  }

  @Command(
      name = "logout",
      mixinStandardHelpOptions = true,
      description = "End every session of a user, on every server of this database.")
  static final class Logout extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    Logout(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      int ended = Accounts.logout(app.ledger(), name);
      out()
          .println(
              "Ended "
                  + ended
                  + (ended == 1 ? " session" : " sessions")
                  + " of "
                  + name.trim()
                  + ".");
      return 0;
    }
  }

  private static char[] stdinLine() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null) {
      throw new NeedleException("no password on standard input (expected one line)");
    }
    return line.toCharArray();
  }

  private static char[] prompted(String prompt) {
    Console console = System.console();
    if (console == null) {
      throw new NeedleException("no terminal to ask for a password (use --password-stdin)");
    }
    char[] first = console.readPassword(prompt);
    char[] second = console.readPassword("The same password again: ");
    if (first == null || !Arrays.equals(first, second)) {
      throw new NeedleException("the two passwords differ (nothing was changed)");
    }
    return first;
  }
}
