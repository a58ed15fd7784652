package needle.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.LongSet;
import org.jdbi.v3.core.Handle;

/**
 * Lets an import into an empty entry table write its rows before the table's indexes: they are
 * dropped when the import's first batch for the table arrives and built again, each in one sort,
 * before its transaction ends. Placing a million rows one by one in four indexes costs SQLite
 * several times what writing the rows does.
 *
 * <p>Only where nothing else can be in the table meanwhile: on SQLite, whose indexes span every
 * owner and whose writers take turns (the import's transaction holds the write lock, and readers
 * see the ledger as it was until it commits), in a table that holds no row of any owner. While the
 * unique index of import keys is gone, the keys written are remembered (64 bits of each) instead;
 * the first one that may repeat builds the indexes at once, and from then on the import's rows are
 * checked against them as any import's are. A failure rolls the drops back with the rows.
 */
final class LateIndexes {
  /** The page cache while indexes are built: SQLite's default, 2,000 KiB. */
  private static final int SORTING_CACHE = -2000;

  private final Handle handle;
  private final Map<String, Deferred> tables = new LinkedHashMap<>();
  private Boolean sqlite;

  LateIndexes(Handle handle) {
    this.handle = handle;
  }

  /** A table's dropped indexes, as the schema creates them, and the keys written since. */
  private static final class Deferred {
    private final List<String> indexes;
    private final LongSet keys = new LongSet();
    private boolean built;

    Deferred(List<String> indexes) {
      this.indexes = indexes;
    }
  }

  /** Written in a table that was not empty, or on PostgreSQL: the indexes stay. */
  private static final Deferred KEPT = new Deferred(List.of());

  static {
    KEPT.built = true;
  }

  /**
   * Whether a batch of rows for {@code table}, with these import keys (nulls for none), can go in
   * without the table's indexes: every key is new to this import and the indexes are dropped. When
   * false the indexes are in place, and the batch must check its keys against them.
   */
  boolean without(String table, List<String> keys) {
    Deferred deferred = tables.computeIfAbsent(table, this::drop);
    if (deferred.built) {
      return false;
    }
    for (String key : keys) {
      if (key != null && !deferred.keys.add(hash(key))) {
        build(deferred);
        return false;
      }
    }
    return true;
  }

  /** Builds every index dropped so far; the session's other writes need them (a merge, say). */
  void buildAll() {
    tables.values().forEach(this::build);
  }

  private void build(Deferred deferred) {
    if (deferred.built) {
      return;
    }
    // SQLite's sorter takes runs as large as the page cache; the ledger's large cache (for writes
    // into indexes) made building them take 7 s where its default 2 MB took 4 s (1M rows).
    long cache = handle.createQuery("PRAGMA cache_size").mapTo(Long.class).one();
    handle.execute("PRAGMA cache_size = " + SORTING_CACHE);
    try {
      deferred.indexes.forEach(handle::execute);
    } finally {
      handle.execute("PRAGMA cache_size = " + cache);
    }
    deferred.built = true;
  }

  /** Drops {@code table}'s indexes when it may: an SQLite table without a row. */
  private Deferred drop(String table) {
    if (!sqlite() || !empty(table)) {
      return KEPT;
    }
    List<String> names = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    // Those made by constraints (the primary key's) have no SQL and cannot be dropped: they stay.
    RowQuery.each(
        handle,
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            + " AND sql IS NOT NULL ORDER BY name",
        row -> {
          names.add(row.getString(1));
          indexes.add(row.getString(2));
        },
        table);
    names.forEach(name -> handle.execute("DROP INDEX \"" + name + "\""));
    return new Deferred(indexes);
  }

  private boolean empty(String table) {
    boolean[] any = {false};
    RowQuery.each(handle, "SELECT 1 FROM " + table + " LIMIT 1", row -> any[0] = true);
    return !any[0];
  }

  private boolean sqlite() {
    if (sqlite == null) {
      try {
        sqlite = "SQLite".equals(handle.getConnection().getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        sqlite = false;
      }
    }
    return sqlite;
  }

  /** 64 well-mixed bits of a key (FNV-1a, then MurmurHash3's finaliser). */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93c63b9d1a3L;
    return h ^ h >>> 33;
  }
}
