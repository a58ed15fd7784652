package needle.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.people.Person;
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
      Json.print(out(), people.stream().map(PeopleCommand::row).toList());
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

  static Map<String, Object> row(Person p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", p.name());
    row.put("title", p.title());
    row.put("company", p.company());
    row.put("emails", p.emails());
    row.put("level", p.level().rank());
    row.put("phones", p.phones());
    row.put("linkedin", p.linkedin());
    row.put("tags", p.tags());
    row.put("cadence", p.cadenceDays());
    row.put("firstMet", p.firstMet() == null ? null : p.firstMet().toString());
    return row;
  }
}
