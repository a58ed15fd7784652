package needle.cli;

import java.util.List;
import needle.app.Numbers;
import needle.app.PersonRow;
import needle.app.Ranking;
import needle.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code people}: everyone in the ledger, by name. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "List everyone in the ledger, by name.")
final class PeopleCommand extends LedgerCommand {
  @Mixin Listing listing = new Listing();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  PeopleCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    Ranking.Page<Person> page = Ranking.people(app.scope(), listing.query(app, app.today(), null));
    List<Person> people = page.rows();
    if (json) {
      Json.print(out(), people.stream().map(PersonRow::of).toList());
      return 0;
    }
    Table table = new Table("NAME", "TITLE", "COMPANY", ">LEVEL", "E-MAIL");
    people.forEach(
        p ->
            table.row(
                p.name(),
                Numbers.orDash(p.title()),
                Numbers.orDash(p.company()),
                p.level().rank(),
                p.emails().isEmpty() ? "-" : String.join(", ", p.emails())));
    if (app.terminal()) {
      table.fit(app.columns());
    }
    if (page.total() == 0) {
      out().println("The ledger is empty: add someone with  needle person add \"NAME\"");
    } else if (table.isEmpty()) {
      out().println("No one matches (of " + page.total() + " people).");
    } else {
      table.print(out());
    }
    if (page.hasMore()) {
      out().println(Listing.more(people.size(), page.matched()));
    }
    out().flush();
    return 0;
  }
}
