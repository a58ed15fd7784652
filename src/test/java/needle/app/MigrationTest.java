package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

/** Ledgers written by earlier schemas open, keep every row and rank alike. */
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

  @Test
  void keysBecomeOwnerScopedOnSqlite() {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    keysBecomeOwnerScoped(file, "jdbc:sqlite:" + file.path(), "sqlite");
  }

  @Test
  void keysBecomeOwnerScopedOnPostgres() {
    Location.Postgres pg = TestDatabases.postgresDatabase();
    keysBecomeOwnerScoped(pg, pg.url(), "postgresql");
  }

  /**
   * Two owners whose rows took turns with one global sequence each per table, as schema 4 counted
   * them: afterwards people and asks keep their ids, time entries and then value events are
   * numbered after the owner's asks in the order they were written, and new rows go on from there.
   */
  private void keysBecomeOwnerScoped(Location location, String url, String engine) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + engine)
        .target("4")
        .load()
        .migrate();
    for (String sql : twoOwnersOfSchemaFour()) {
      TestDatabases.execute(location, sql);
    }

    Ledger first = Ledger.open(location);
    Ledger second = first.asOwner(2);

    List<needle.people.Person> people = first.read(s -> s.people());
    List<needle.asks.Ask> firstAsks = first.read(s -> s.asks());
    List<needle.asks.Ask> secondAsks = second.read(s -> s.asks());
    needle.ledger.History ada = first.read(s -> s.history(s.requirePerson("Ada")));
    needle.ledger.History cy = second.read(s -> s.history(s.requirePerson("Cy")));

    assertThat(people).extracting(p -> p.id().value()).containsExactly(1L, 3L);
    assertThat(firstAsks).extracting(a -> a.id().value()).containsExactly(2L);
    assertThat(secondAsks).extracting(a -> a.id().value()).containsExactly(1L);
    assertThat(ada.time())
        .extracting(t -> t.id(), t -> t.minutes())
        .containsExactly(tuple(3L, 10.0), tuple(4L, 30.0));
    assertThat(ada.values()).extracting(v -> v.id()).containsExactly(5L);
    assertThat(cy.time())
        .extracting(t -> t.id(), t -> t.minutes())
        .containsExactly(tuple(2L, 20.0));

    var added = first.write(s -> s.addPerson(needle.people.Person.named("Dee")));
    var logged =
        second.write(
            s ->
                s.log(
                    new needle.ledger.TimeEntry(
                        0,
                        s.requirePerson("Cy").id(),
                        LocalDate.of(2026, 11, 1),
                        15,
                        needle.ledger.Channel.CALL,
                        null,
                        null)));
    assertThat(added.id().value()).as("after Ada 1 and Bo 3").isEqualTo(4);
    assertThat(logged.id()).as("after Cy's ask 1 and time entry 2").isEqualTo(3);
  }

  /** Owner 1 has Ada (1) and Bo (3), owner 2 has Cy (2); their entries' ids interleave. */
  private static List<String> twoOwnersOfSchemaFour() {
    return List.of(
        "INSERT INTO owner (id, name, created_on) VALUES (2, 'other', '2026-01-01')",
        "INSERT INTO person (id, owner_id, name, name_key) VALUES (1, 1, 'Ada', 'ada'),"
            + " (2, 2, 'Cy', 'cy'), (3, 1, 'Bo', 'bo')",
        "INSERT INTO time_entry (id, owner_id, person_id, on_date, minutes, channel)"
            + " VALUES (1, 1, 1, '2026-10-01', 10, 'call'), (2, 2, 2, '2026-10-02', 20, 'call'),"
            + " (3, 1, 1, '2026-10-03', 30, 'call')",
        "INSERT INTO value_event (id, owner_id, person_id, on_date, direction, kind)"
            + " VALUES (1, 1, 1, '2026-10-04', 'got', 'job')",
        "INSERT INTO ask (id, owner_id, person_id, on_date, direction, text, outcome)"
            + " VALUES (1, 2, 2, '2026-10-05', 'asked', 'a', 'open'),"
            + " (2, 1, 3, '2026-10-06', 'asked', 'b', 'open')");
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
