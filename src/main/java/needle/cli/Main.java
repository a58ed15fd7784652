package needle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code needle} command: the entry point of the launcher. */
@Command(
    name = "needle",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A ledger of professional relationships, ranked by return on time invested.")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"needle " + (version == null ? "development" : version)};
    }
  }
}
