package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import needle.scoring.Policy;
import needle.scoring.Scorer;
import needle.scoring.SortKey;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written by the schema before the read model opens, keeps every row and ranks alike. */
class MigrationTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  @TempDir Path folder;

  @Test
  void aLedgerOfSchemaThreeMigratesWithoutLossAndRanksAsBefore() {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + file.path(), null, null)
        .locations("classpath:db/migration/sqlite")
        .target("3")
        .load()
        .migrate();
    for (String sql : schemaThreeRows()) {
      TestDatabases.execute(file, sql);
    }

    Ledger ledger = Ledger.open(file);
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    var ranked = Ranking.rank(scope, Ranking.Query.all(AS_OF)).rows();
    var recomputed =
        new Scorer(Policy.defaults())
            .rank(ledger.read(LedgerSession::histories), AS_OF, SortKey.ROI);

    List<needle.people.Person> people = ledger.read(s -> s.people());
    List<needle.asks.Ask> asks = ledger.read(s -> s.asks());
    assertThat(people).extracting(p -> p.name()).containsExactly("Ada", "Bo");
    assertThat(asks).hasSize(1);
    assertThat(ranked).extracting(s -> s.person().name()).containsExactly("Ada", "Bo");
    assertThat(ranked.get(0).received())
        .isCloseTo(recomputed.get(0).received(), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ranked.get(0).hours()).isEqualTo(2.0);
    assertThat(ranked)
        .extracting(s -> s.relationshipClass())
        .containsExactlyElementsOf(recomputed.stream().map(s -> s.relationshipClass()).toList());
  }

  private static List<String> schemaThreeRows() {
    return List.of(
        "INSERT INTO person (id, owner_id, name, name_key) VALUES (1, 1, 'Ada', 'ada')",
        "INSERT INTO person (id, owner_id, name, name_key) VALUES (2, 1, 'Bo', 'bo')",
        "INSERT INTO person_email (owner_id, person_id, email, position)"
            + " VALUES (1, 1, 'ada@example.org', 0)",
        "INSERT INTO time_entry (owner_id, person_id, on_date, minutes, channel)"
            + " VALUES (1, 1, '2026-10-01', 90, 'call'), (1, 1, '2026-11-29', 30, 'coffee'),"
            + " (1, 2, '2025-01-05', 600, 'lunch')",
        "INSERT INTO value_event (owner_id, person_id, on_date, direction, kind, points)"
            + " VALUES (1, 1, '2026-10-02', 'got', 'job', NULL), (1, 1, '2026-11-30', 'gave',"
            + " 'advice', 2.5)",
        "INSERT INTO ask (owner_id, person_id, on_date, direction, text, outcome)"
            + " VALUES (1, 2, '2026-01-01', 'asked', 'an intro', 'open')");
  }
}
