package needle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code needle} command: the entry point of the launcher. */
@Command(
    name = "needle",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A ledger of professional relationships, ranked by return on time invested.")
public final class Main implements Runnable {
  /** Every command, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          PersonCommand.class,
          PeopleCommand.class,
          EntryCommand.class,
          UndoCommand.class,
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
          AutoComplete.GenerateCompletion.class);

  /** Commands that reach the others: demo runs rank and today, the completion script lists all. */
  private static final Set<String> NEED_EVERY_COMMAND = Set.of("demo", "generate-completion");

  private final App app;
  @CommandLine.Spec CommandSpec spec;

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
    quietNoOpLogging();
    // picocli looks for Groovy's closures (Class.forName("groovy.lang.Closure")) unless told not
    // to; a class that is on no jar is looked for in every jar of the class path, all 68 opened.
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(System.getenv(), new SystemClock(), out, err, args));
  }

  /**
   * Names SLF4J's no-op binding (the one on the class path, which keeps personal data out of logs)
   * so that SLF4J does not search every jar for a binding on its first use, and keeps it from
   * saying so on stderr.
   */
  private static void quietNoOpLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Runs one command line; the exit code is 0 ok, 1 bad input, 2 usage. */
  static int run(
      Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(new App(env, clock), out, err, args).execute(args);
  }

  /** The whole command tree. */
  static CommandLine commandLine(App app, PrintWriter out, PrintWriter err) {
    return commandLine(app, out, err, new String[0]);
  }

  /**
   * The command tree for {@code args}: only the command they name, when they name one. Building a
   * command's model reflects over its options and loads what their types need, so a short command
   * does not pay for the others; usage, errors and suggestions get every command.
   */
  static CommandLine commandLine(App app, PrintWriter out, PrintWriter err, String[] args) {
    app.warnTo(err);
    CommandLine cmd = new CommandLine(new Main(app), new Factory(app));
    String named = commandName(cmd.getCommandSpec(), args);
    for (Class<?> type : COMMANDS) {
      if (named == null || name(type).equals(named)) {
        cmd.addSubcommand(type);
      }
    }
    // These settings reach the subcommands present when they are set.
    Errors errors = new Errors();
    cmd.setOut(TerminalSafe.output(out))
        .setErr(TerminalSafe.errors(err))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine completion = cmd.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return cmd;
  }

  /** The command {@code args} name, or null when they name none that stands alone. */
  private static String commandName(CommandSpec root, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      OptionSpec option = root.findOption(arg.split("=", 2)[0]);
      if (option == null) {
        boolean known = COMMANDS.stream().anyMatch(type -> name(type).equals(arg));
        return known && !NEED_EVERY_COMMAND.contains(arg) ? arg : null;
      }
      if (!arg.contains("=") && option.arity().max() > 0) {
        i++; // the option's value
      }
    }
    return null;
  }

  private static String name(Class<?> type) {
    return type.getAnnotation(Command.class).name();
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
