package needle.cli;

import java.time.LocalDate;
import needle.app.Checks;
import needle.app.Journal;
import needle.app.Numbers;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log time|gave|got|joint}: record time invested or value that moved. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "Log time invested with a person, or value that moved between you.",
    subcommands = {LogCommand.Time.class})
final class LogCommand implements Runnable {
  private final App app;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  LogCommand(App app) {
    this.app = app;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "time",
      mixinStandardHelpOptions = true,
      description = "Log minutes spent with a person.")
  static final class Time extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--minutes", required = true, paramLabel = "N")
    double minutes;

    @Mixin Dates.On on = new Dates.On();

    @Option(
        names = "--channel",
        converter = Converters.ChannelConverter.class,
        description = "meeting (default), call, coffee, lunch, email, message or event.")
    Channel channel = Channel.MEETING;

    @Option(names = "--note")
    String note;

    Time(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      LocalDate date = on.orToday(app);
      TimeEntry saved =
          Journal.logTime(
              app.scope(), Journal.Who.named(name), date, minutes, channel, note, "cli");
      out()
          .println(
              "Logged "
                  + Numbers.minutes(saved.minutes())
                  + " ("
                  + channel.label()
                  + ") with "
                  + name
                  + " on "
                  + date
                  + ".");
      Checks.minutes(saved.minutes()).forEach(w -> err().println("needle: warning: " + w));
      return 0;
    }
  }

  /** What gave, got and joint share: the person, the kind, the points, the date. */
  static final class ValueOptions {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--kind",
        required = true,
        converter = Converters.KindConverter.class,
        description =
            "job, promotion, raise, sponsorship, deal, win, referral, tool, introduction,"
                + " advice, feedback, endorsement or other.")
    Kind kind;

    @Option(names = "--value", paramLabel = "POINTS", description = "Points; default: the kind's.")
    Double points;

    @Mixin Dates.On on = new Dates.On();

    @Option(names = "--note")
    String note;
  }

  @Command(
      name = "gave",
      mixinStandardHelpOptions = true,
      description = "Log value you gave a person.")
  int gave(@Mixin ValueOptions value) {
    return log(Direction.GAVE, value);
  }

  @Command(
      name = "got",
      mixinStandardHelpOptions = true,
      description = "Log value a person gave you.")
  int got(@Mixin ValueOptions value) {
    return log(Direction.GOT, value);
  }

  @Command(
      name = "joint",
      mixinStandardHelpOptions = true,
      description = "Log a win you had together.")
  int joint(@Mixin ValueOptions value) {
    return log(Direction.JOINT, value);
  }

  private int log(Direction direction, ValueOptions v) {
    LocalDate date = v.on.orToday(app);
    Journal.Value value = new Journal.Value(direction, v.kind, v.points, v.note);
    ValueEvent saved = Journal.logValue(app.scope(), Journal.Who.named(v.name), date, value, "cli");
    Person person = Journal.person(app.scope(), saved.person());
    double shown = Journal.points(app.scope(), saved);
    spec.commandLine()
        .getOut()
        .println(
            "Logged "
                + direction.label()
                + " "
                + v.kind.label()
                + " ("
                + Numbers.one(shown)
                + " points) with "
                + person.name()
                + " on "
                + date
                + ".");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
