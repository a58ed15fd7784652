package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import needle.asks.AskDirection;
import needle.people.Person;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's moves stay a short list however many asks are overdue. */
class MovesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @TempDir Path folder;

  @Test
  void followUpsAreTheFiveOldestOverdueAsks() {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    for (int i = 0; i < 8; i++) {
      Person p = Journal.addPerson(scope, Person.named("Person " + i));
      LocalDate on = TODAY.minusDays(40 + 10 * i);
      Journal.ask(scope, Journal.Who.id(p.id()), on, AskDirection.ASKED, "ask " + i, "test");
    }

    List<Moves.Move> followUps =
        Moves.of(scope, TODAY).stream().filter(m -> m.move().equals("follow-up")).toList();

    assertThat(followUps)
        .extracting(Moves.Move::name)
        .containsExactly("Person 7", "Person 6", "Person 5", "Person 4", "Person 3");
  }
}
