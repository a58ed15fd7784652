package needle.cli;

import java.time.LocalDate;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log time|gave|got|joint}: record time invested or value that moved. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "Log time invested with a person, or value that moved between you.",
    subcommands = {
      LogCommand.Time.class,
      LogCommand.Gave.class,
      LogCommand.Got.class,
      LogCommand.Joint.class
    })
final class LogCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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

    @picocli.CommandLine.Mixin Dates.On on = new Dates.On();

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
          write(
              s ->
                  s.log(
                      new TimeEntry(
                          0, s.requirePerson(name).id(), date, minutes, channel, "cli", note)));
      out()
          .println(
              "Logged "
                  + Format.minutes(saved.minutes())
                  + " ("
                  + channel.label()
                  + ") with "
                  + name
                  + " on "
                  + date
                  + ".");
      return 0;
    }
  }

  /** What gave, got and joint share: the person, the kind, the points, the date. */
  abstract static class Value extends LedgerCommand {
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

    @picocli.CommandLine.Mixin Dates.On on = new Dates.On();

    @Option(names = "--note")
    String note;

    Value(App app) {
      super(app);
    }

    abstract Direction direction();

    @Override
    public Integer call() {
      LocalDate date = on.orToday(app);
      Person person =
          write(
              s -> {
                Person p = s.requirePerson(name);
                s.log(new ValueEvent(0, p.id(), date, direction(), kind, points, note, "cli"));
                return p;
              });
      double shown = points != null ? points : app.policy().pointsOf(kind);
      out()
          .println(
              "Logged "
                  + direction().label()
                  + " "
                  + kind.label()
                  + " ("
                  + Format.one(shown)
                  + " points) with "
                  + person.name()
                  + " on "
                  + date
                  + ".");
      return 0;
    }
  }

  @Command(
      name = "gave",
      mixinStandardHelpOptions = true,
      description = "Log value you gave a person.")
  static final class Gave extends Value {
    Gave(App app) {
      super(app);
    }

    @Override
    Direction direction() {
      return Direction.GAVE;
    }
  }

  @Command(
      name = "got",
      mixinStandardHelpOptions = true,
      description = "Log value a person gave you.")
  static final class Got extends Value {
    Got(App app) {
      super(app);
    }

    @Override
    Direction direction() {
      return Direction.GOT;
    }
  }

  @Command(
      name = "joint",
      mixinStandardHelpOptions = true,
      description = "Log a win you had together.")
  static final class Joint extends Value {
    Joint(App app) {
      super(app);
    }

    @Override
    Direction direction() {
      return Direction.JOINT;
    }
  }
}
