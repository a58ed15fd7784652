package needle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code needle} command: the entry point of the launcher. */
@Command(
    name = "needle",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A ledger of professional relationships, ranked by return on time invested.",
    subcommands = {
      PersonCommand.class,
      PeopleCommand.class,
      LogCommand.class,
      AskCommand.class,
      AsksCommand.class,
      RankCommand.class,
      TodayCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      RestoreCommand.class,
      UserCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class Main implements Runnable {
  private final App app;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Main(App app) {
    this.app = app;
  }

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH_OR_JDBC_URL",
      description =
          "The ledger: an SQLite file, or a jdbc:postgresql: URL (env NEEDLE_DB; default"
              + " $XDG_DATA_HOME/needle/needle.db).")
  void db(String value) {
    app.setDb(value);
  }

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "Scoring config that overrides the defaults (default"
              + " $XDG_CONFIG_HOME/needle/scoring.properties, if present).")
  void config(Path file) {
    app.setConfig(file);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(System.getenv(), Clock.systemDefaultZone(), out, err, args));
  }

  /** Runs one command line; the exit code is 0 ok, 1 bad input, 2 usage. */
  static int run(
      Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(new App(env, clock), out, err).execute(args);
  }

  static CommandLine commandLine(App app, PrintWriter out, PrintWriter err) {
    Errors errors = new Errors();
    CommandLine cmd = new CommandLine(new Main(app), new Factory(app));
    cmd.setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setCaseInsensitiveEnumValuesAllowed(true);
    cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    return cmd;
  }

  /** Gives each command the shared {@link App} when its constructor asks for one. */
  private record Factory(App app) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        var constructor = type.getDeclaredConstructor(App.class);
        constructor.setAccessible(true);
        return constructor.newInstance(app);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"needle " + (version == null ? "development" : version)};
    }
  }
}
