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

/** {@code user add NAME}: an account for server mode, each with a ledger of its own. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage the accounts that may log in when serve binds beyond 127.0.0.1.",
    subcommands = {UserCommand.Add.class})
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
      char[] password = fromStdin ? stdinLine() : prompted();
      try {
        Accounts.Added account = Accounts.add(app.ledger(), name, password);
        String which = account.localLedger() ? "the local ledger" : "a new, empty ledger";
        out().println("Added user " + account.name() + " with " + which + ".");
        return 0;
      } finally {
        Arrays.fill(password, '\0');
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

    private static char[] prompted() {
      Console console = System.console();
      if (console == null) {
        throw new NeedleException("no terminal to ask for a password (use --password-stdin)");
      }
      char[] first = console.readPassword("Password for the new user: ");
      char[] second = console.readPassword("The same password again: ");
      if (first == null || !Arrays.equals(first, second)) {
        throw new NeedleException("the two passwords differ (nothing was changed)");
      }
      return first;
    }
  }
}
