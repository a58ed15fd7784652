package needle.cli;

import java.util.List;
import needle.people.Person;
import needle.people.PersonRow;
import needle.storage.LedgerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code people}: everyone in the ledger. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "List everyone in the ledger.")
final class PeopleCommand extends LedgerCommand {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  PeopleCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    List<Person> people = read(LedgerSession::people);
    if (json) {
      Json.print(out(), people.stream().map(PersonRow::of).toList());
      return 0;
    }
    Table table = new Table("NAME", "TITLE", "COMPANY", ">LEVEL", "E-MAIL");
    people.forEach(
        p ->
            table.row(
                p.name(),
                Format.orDash(p.title()),
                Format.orDash(p.company()),
                p.level().rank(),
                p.emails().isEmpty() ? "-" : String.join(", ", p.emails())));
    if (table.isEmpty()) {
      out().println("The ledger is empty: add someone with  needle person add \"NAME\"");
    } else {
      table.print(out());
    }
    return 0;
  }
}
