package needle.cli;

import java.time.LocalDate;
import needle.app.Journal;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask NAME --for TEXT}: record an ask; {@code ask resolve} records how it ended. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Record an ask (yours, or theirs with --from-them); prints its id.",
    subcommands = {AskCommand.Resolve.class, AskLintCommand.class, AskDraftCommand.class})
final class AskCommand extends LedgerCommand {
  @Parameters(paramLabel = "NAME", arity = "0..1")
  String name;

  @Option(names = "--for", paramLabel = "TEXT", description = "What is asked.")
  String text;

  @Option(names = "--from-them", description = "They asked you.")
  boolean fromThem;

  @picocli.CommandLine.Mixin Dates.On on = new Dates.On();

  AskCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    if (name == null || text == null || text.isBlank()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "an ask needs a person and --for TEXT (e.g. ask \"Greg\" --for \"an intro to Ana\")");
    }
    LocalDate date = on.orToday(app);
    AskDirection direction = fromThem ? AskDirection.WAS_ASKED : AskDirection.ASKED;
    Ask saved = Journal.ask(app.scope(), Journal.Who.named(name), date, direction, text, "cli");
    out().println(saved.id());
    err()
        .println(
            "Ask "
                + saved.id()
                + (fromThem ? " from " : " to ")
                + name
                + " recorded; resolve it with: needle ask resolve "
                + saved.id()
                + " granted|declined|ignored");
    return 0;
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = "Record how an ask ended.")
  static final class Resolve extends LedgerCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "OUTCOME", description = "granted, declined or ignored.")
    String outcome;

    @picocli.CommandLine.Mixin Dates.On on = new Dates.On();

    Resolve(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Outcome resolved = Outcome.parseResolution(outcome);
      LocalDate date = on.orToday(app);
      Ask ask = Journal.resolve(app.scope(), new AskId(id), resolved, date);
      out().println("Ask " + ask.id() + " " + resolved.label() + " on " + date + ".");
      return 0;
    }
  }
}
