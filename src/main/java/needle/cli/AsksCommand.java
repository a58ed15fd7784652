package needle.cli;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.asks.Ask;
import needle.asks.AskFigures;
import needle.people.Person;
import needle.people.PersonId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asks}: every ask, or the open ones by age with their follow-up dates. */
@Command(
    name = "asks",
    mixinStandardHelpOptions = true,
    description = "List asks, newest first; --open lists open ones, oldest first.")
final class AsksCommand extends LedgerCommand {
  @Option(names = "--open", description = "Only open asks, oldest first, with follow-up dates.")
  boolean open;

  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  AsksCommand(App app) {
    super(app);
  }

  /** An ask with its person and its age and follow-up date on the day. */
  record Row(Ask ask, Person person, long ageDays, LocalDate followUp) {}

  @Override
  public Integer call() {
    LocalDate date = asOf.orToday(app);
    List<Row> rows = rows(date);
    if (json) {
      Json.print(
          out(),
          rows.stream()
              .map(r -> AskFigures.row(r.ask(), r.person(), date, app.policy().followUpDays()))
              .toList());
      return 0;
    }
    Table table =
        new Table(">ID", "DATE", "PERSON", "WHO ASKED", "OUTCOME", ">AGE", "FOLLOW UP", "ASK");
    for (Row r : rows) {
      Ask a = r.ask();
      String who = a.direction() == needle.asks.AskDirection.ASKED ? "me" : "they";
      String due =
          r.followUp() == null ? "-" : r.followUp() + (r.followUp().isBefore(date) ? " (due)" : "");
      table.row(
          a.id(),
          a.on(),
          r.person().name(),
          who,
          a.outcome().label(),
          r.ageDays() + "d",
          due,
          a.text());
    }
    if (table.isEmpty()) {
      out()
          .println(
              open ? "No open asks." : "No asks yet: record one with  needle ask NAME --for TEXT");
    } else {
      table.print(out());
    }
    return 0;
  }

  private List<Row> rows(LocalDate date) {
    int followUpDays = app.policy().followUpDays();
    return read(
        s -> {
          Map<PersonId, Person> people =
              s.people().stream().collect(Collectors.toMap(Person::id, p -> p));
          Function<Ask, Row> row =
              a ->
                  new Row(
                      a,
                      people.get(a.person()),
                      DAYS.between(a.on(), date),
                      AskFigures.followUp(a, date, followUpDays));
          Comparator<Row> order =
              open
                  ? Comparator.comparing((Row r) -> r.ask().on())
                      .thenComparing(r -> r.ask().id().value())
                  : Comparator.comparing((Row r) -> r.ask().on())
                      .thenComparing(r -> r.ask().id().value())
                      .reversed();
          return s.asks().stream()
              .filter(a -> !a.on().isAfter(date))
              .filter(a -> !open || a.isOpenAsOf(date))
              .map(row)
              .sorted(order)
              .toList();
        });
  }
}
