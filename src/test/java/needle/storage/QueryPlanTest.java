package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import needle.app.AskList;
import needle.app.Journal;
import needle.app.Moves;
import needle.app.Profile;
import needle.app.Ranking;
import needle.app.Samples;
import needle.app.Scope;
import needle.people.Person;
import needle.scoring.Policy;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every statement the use cases run finds its rows through an index that starts with owner_id:
 * SQLite's query plan of each shows a search, never a scan of a ledger table. The statements are
 * the ones Jdbi ran during the workload, so a new query is checked as soon as a use case runs it.
 */
class QueryPlanTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** Tables a scan of which is fine: one row per user, and Flyway's own. */
  private static final Set<String> SMALL = Set.of("owner", "flyway_schema_history");

  @TempDir Path folder;

  @Test
  void everyStatementOfTheUseCasesSearchesAnIndex() throws SQLException {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger ledger = Ledger.open(file);
    Set<String> statements = new LinkedHashSet<>();
    ledger
        .jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                statements.add(context.getParsedSql().getSql());
              }
            });
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    Samples.demo(scope);
    Ranking.rank(scope, Ranking.Query.all(AS_OF));
    Ranking.rank(scope, Ranking.Query.all(AS_OF.minusMonths(3)));
    Moves.of(scope, AS_OF);
    AskList.asOf(scope, AS_OF, false);
    List<Person> people = ledger.read(LedgerSession::people);
    Profile.of(scope, people.get(0).id(), AS_OF);
    Profile.of(scope, people.get(1).name(), AS_OF);
    Journal.addPerson(scope, Person.named("Zed Example").withEmails(List.of("zed@example.org")));
    Journal.merge(scope, people.get(0).name(), "Zed Example");
    ledger.read(s -> s.personByEmail("nobody@example.org"));

    List<String> scans = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.path())) {
      for (String sql : statements) {
        for (String step : plan(c, sql)) {
          String table = scanned(step);
          if (table != null && !SMALL.contains(table)) {
            scans.add(step + "  <-  " + sql);
          }
        }
      }
    }
    assertThat(statements).hasSizeGreaterThan(20);
    assertThat(scans).isEmpty();
  }

  /** The table a plan step reads whole ("SCAN t", not "SCAN t USING ... INDEX"), or null. */
  private static String scanned(String step) {
    String trimmed = step.trim();
    if (!trimmed.startsWith("SCAN ") || trimmed.contains(" USING ")) {
      return null;
    }
    String table = trimmed.substring(5).split(" ")[0];
    return table.startsWith("(") ? null : table;
  }

  private static List<String> plan(Connection c, String sql) throws SQLException {
    List<String> steps = new ArrayList<>();
    try (var statement = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        steps.add(rs.getString("detail"));
      }
    }
    return steps;
  }
}
