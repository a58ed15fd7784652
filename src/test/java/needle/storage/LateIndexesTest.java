package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports into an empty SQLite table write their rows before its indexes: the ledger must end with
 * exactly the schema's indexes, each import key once, and a failure must leave everything as it
 * was. Where the table holds rows, or on PostgreSQL, no index is touched.
 */
class LateIndexesTest {
  private static final LocalDate ON = LocalDate.of(2026, 3, 2);

  @TempDir Path folder;

  private Ledger ledger;
  private final List<String> statements = new ArrayList<>();

  private Person open(Location location) {
    ledger = Ledger.open(location);
    ledger
        .jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
              }
            });
    return ledger.write(s -> s.addPerson(Person.named("Ann Example")));
  }

  private static List<TimeEntry> entries(Person who, int count) {
    List<TimeEntry> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(new TimeEntry(0, who.id(), ON.plusDays(i % 300), 30, Channel.CALL, "test", null));
    }
    return all;
  }

  private static List<String> keys(int from, int count) {
    List<String> all = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      all.add("test:" + i);
    }
    return all;
  }

  /** Every index of the ledger's tables, by name, as the schema creates it. */
  private Map<String, String> indexes() {
    Map<String, String> all = new TreeMap<>();
    ledger
        .jdbi()
        .useHandle(
            h ->
                RowQuery.each(
                    h,
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
                    row -> all.put(row.getString(1), row.getString(2))));
    return all;
  }

  private long rows() {
    return ledger
        .jdbi()
        .withHandle(h -> h.select("SELECT count(*) FROM time_entry").mapTo(Long.class).one());
  }

  private String integrity() {
    return ledger
        .jdbi()
        .withHandle(h -> h.select("PRAGMA integrity_check").mapTo(String.class).one());
  }

  private long dropped() {
    return statements.stream().filter(sql -> sql.startsWith("DROP INDEX")).count();
  }

  @Test
  void anImportIntoAnEmptyTableEndsWithEveryIndexOfTheSchemaAndKeysKeptUnique() {
    Person ann = open(TestDatabases.sqliteFile(folder));
    Map<String, String> schema = indexes();

    int added = ledger.write(s -> s.logTimeOnce(entries(ann, 5000), keys(0, 5000)));

    assertThat(added).isEqualTo(5000);
    assertThat(dropped()).as("the time entries' indexes were dropped").isEqualTo(3);
    assertThat(indexes()).isEqualTo(schema);
    assertThat(integrity()).isEqualTo("ok");
    // The unique index is back: the same keys again add nothing.
    int again = ledger.write(s -> s.logTimeOnce(entries(ann, 10), keys(0, 10)));
    assertThat(again).isZero();
    assertThat(rows()).isEqualTo(5000);
    assertThat(ledger.read(s -> s.history(ann)).time()).hasSize(5000);
  }

  @Test
  void aKeyThatRepeatsWithinTheImportBuildsTheIndexesAndIsWrittenOnce() {
    Person ann = open(TestDatabases.sqliteFile(folder));
    Map<String, String> schema = indexes();

    int added =
        ledger.write(
            s ->
                s.logTimeOnce(entries(ann, 100), keys(0, 100))
                    // 50 to 149: the first half are there already.
                    + s.logTimeOnce(entries(ann, 100), keys(50, 100))
                    + s.logTimeOnce(entries(ann, 100), keys(150, 100)));

    assertThat(added).isEqualTo(250);
    assertThat(rows()).isEqualTo(250);
    assertThat(indexes()).isEqualTo(schema);
    assertThat(integrity()).isEqualTo("ok");
  }

  @Test
  void aFailedImportLeavesTheTableAndItsIndexesAsTheyWere() {
    Person ann = open(TestDatabases.sqliteFile(folder));
    Map<String, String> schema = indexes();

    assertThatThrownBy(
            () ->
                ledger.write(
                    s -> {
                      s.logTimeOnce(entries(ann, 3000), keys(0, 3000));
                      throw new IllegalStateException("the file broke off");
                    }))
        .hasMessageContaining("broke off");

    assertThat(rows()).isZero();
    assertThat(indexes()).isEqualTo(schema);
    assertThat(integrity()).isEqualTo("ok");
  }

  @Test
  void aTableThatHoldsRowsKeepsItsIndexes() {
    Person ann = open(TestDatabases.sqliteFile(folder));
    ledger.write(s -> s.log(entries(ann, 1).get(0)));
    statements.clear();

    int added = ledger.write(s -> s.logTimeOnce(entries(ann, 3000), keys(0, 3000)));

    assertThat(added).isEqualTo(3000);
    assertThat(dropped()).isZero();
  }

  @Test
  void postgresqlNeverDropsAnIndex() {
    Person ann = open(TestDatabases.postgresDatabase());

    int added = ledger.write(s -> s.logTimeOnce(entries(ann, 3000), keys(0, 3000)));

    assertThat(added).isEqualTo(3000);
    assertThat(dropped()).isZero();
    int again = ledger.write(s -> s.logTimeOnce(entries(ann, 3000), keys(0, 3000)));
    assertThat(again).isZero();
  }
}
