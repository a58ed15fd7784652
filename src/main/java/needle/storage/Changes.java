package needle.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;

/**
 * The undo journal of one write: what the step adds (the ids it hands out) and, before it changes
 * or deletes a row that was there before it began, a copy of that row (schema V9 says how). {@link
 * #undo} takes the latest step back.
 */
final class Changes {
  /** How many of an owner's latest steps are kept; older ones can no longer be undone. */
  static final int KEPT = 100;

  /** The tables whose rows a step copies before changing them, each with its journal copy. */
  private static final List<String> COPIED =
      List.of("person", "person_email", "time_entry", "value_event", "ask");

  /** The entry tables, whose rows share one count of ids. */
  static final List<String> ENTRY_TABLES = List.of("time_entry", "value_event", "ask");

  /** Each copied table's columns, as its journal copy holds them (read once). */
  private static final Map<String, String> COLUMNS = new ConcurrentHashMap<>();

  private final Handle handle;
  private final long owner;
  private final long step;
  private String label;
  private final long firstPerson;
  private final long firstEntry;
  private final Set<Long> copiedPeople = new HashSet<>();
  private final Set<Long> copiedEntries = new HashSet<>();
  private boolean changed;

  /**
   * The journal of step {@code step} (the revision the write made), which began when the owner's
   * last ids were {@code firstPerson} and {@code firstEntry}.
   */
  Changes(Handle handle, long owner, long step, String label, long firstPerson, long firstEntry) {
    this.handle = handle;
    this.owner = owner;
    this.step = step;
    this.label = label;
    this.firstPerson = firstPerson;
    this.firstEntry = firstEntry;
  }

  long step() {
    return step;
  }

  /** Names the step as {@code undo --list} shows it, once the write knows what it did. */
  void label(String label) {
    this.label = label;
  }

  /** Notes that the step wrote something, so that it is kept as a step even with nothing copied. */
  void changed() {
    changed = true;
  }

  /** Copies the people (with their e-mails) as they are, unless this step added them or did so. */
  void beforePeople(List<PersonId> people) {
    List<Long> ids = new ArrayList<>();
    for (PersonId id : people) {
      if (id.value() <= firstPerson && copiedPeople.add(id.value())) {
        ids.add(id.value());
      }
    }
    changed = true;
    if (ids.isEmpty()) {
      return;
    }
    copy("person", "id = ?", ids);
    copy("person_email", "person_id = ?", ids);
  }

  void beforePerson(PersonId person) {
    beforePeople(List.of(person));
  }

  /** Copies every entry of {@code person} that was there before this step. */
  void beforeEntriesOf(PersonId person) {
    changed = true;
    for (String table : ENTRY_TABLES) {
      handle
          .createUpdate(
              copySql(table, "person_id = :key AND id <= :first") + " ON CONFLICT DO NOTHING")
          .bind("step", step)
          .bind("owner", owner)
          .bind("key", person.value())
          .bind("first", firstEntry)
          .execute();
    }
  }

  /** Copies the entry {@code id} of {@code table}, unless this step added it or did so. */
  void beforeEntry(String table, long id) {
    changed = true;
    if (id <= firstEntry && copiedEntries.add(id)) {
      copy(table, "id = ?", List.of(id));
    }
  }

  /** Writes the step, and forgets the steps before the {@link #KEPT} latest. */
  void finish(Ids ids) {
    long lastPerson = ids.lastPerson();
    long lastEntry = ids.lastEntry();
    if (!changed && lastPerson == firstPerson && lastEntry == firstEntry) {
      return; // a write that found nothing to do, such as a file imported again
    }
    handle
        .createUpdate(
            "INSERT INTO journal_step (owner_id, id, made_at, label, first_person, last_person,"
                + " first_entry, last_entry) VALUES (:owner, :id, :at, :label, :fp, :lp, :fe, :le)")
        .bind("owner", owner)
        .bind("id", step)
        .bind("at", Instant.now().toString())
        .bind("label", label)
        .bind("fp", firstPerson)
        .bind("lp", lastPerson)
        .bind("fe", firstEntry)
        .bind("le", lastEntry)
        .execute();
    if (step % 10 == 0) {
      forgetBefore(handle, owner, step - KEPT + 1);
    }
  }

  private void copy(String table, String condition, List<Long> keys) {
    try (RowBatch batch =
        new RowBatch(
            handle,
            copySql(table, condition).replace(":step", "?").replace(":owner", "?")
                + " ON CONFLICT DO NOTHING")) {
      keys.forEach(key -> batch.add(step, owner, key));
      batch.run();
    }
  }

  /** An insert into {@code table}'s journal copy of its rows that match {@code condition}. */
  private String copySql(String table, String condition) {
    String columns = columns(handle, table);
    return "INSERT INTO journal_"
        + table
        + " (step_id, "
        + columns
        + ") SELECT :step, "
        + columns
        + " FROM "
        + table
        + " WHERE owner_id = :owner AND "
        + condition;
  }

  /**
   * {@code table}'s columns, read from its journal copy (all but step_id), so that a column added
   * to both is copied without a change here.
   */
  static String columns(Handle handle, String table) {
    return COLUMNS.computeIfAbsent(table, t -> String.join(", ", read(handle, t)));
  }

  private static Set<String> read(Handle handle, String table) {
    return handle
        .createQuery("SELECT * FROM journal_" + table + " WHERE 1 = 0")
        .scanResultSet(
            (supplier, ctx) -> {
              var meta = supplier.get().getMetaData();
              Set<String> names = new LinkedHashSet<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
              }
              names.remove("step_id");
              return names;
            });
  }

  /** The steps that can be undone, the latest first. */
  static List<Step> steps(Handle handle, long owner, int limit) {
    return handle
        .createQuery(
            "SELECT id, made_at, label FROM journal_step WHERE owner_id = :owner"
                + " ORDER BY id DESC LIMIT :limit")
        .bind("owner", owner)
        .bind("limit", limit)
        .map((rs, ctx) -> new Step(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3)))
        .list();
  }

  /**
   * Takes back the latest step, in the caller's write transaction, and answers it; empty when there
   * is none. {@code tallies} is the read model to put right for the people it touched; {@code
   * check} sees the step first and may refuse it by throwing.
   */
  static Optional<Step> undo(
      Handle handle,
      long owner,
      Tallies tallies,
      Integer halfLife,
      java.util.function.Consumer<Step> check) {
    Optional<Range> latest =
        handle
            .createQuery(
                "SELECT id, made_at, label, first_person, last_person, first_entry, last_entry"
                    + " FROM journal_step WHERE owner_id = :owner ORDER BY id DESC LIMIT 1")
            .bind("owner", owner)
            .map(
                (rs, ctx) ->
                    new Range(
                        new Step(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3)),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
            .findOne();
    latest.ifPresent(
        range -> {
          check.accept(range.step());
          new Undoing(handle, owner, range).run(tallies, halfLife);
        });
    return latest.map(Range::step);
  }

  /** Forgets every step before {@code first}, and all of them when it is past the latest. */
  static void forgetBefore(Handle handle, long owner, long first) {
    for (String table : COPIED) {
      handle
          .createUpdate(
              "DELETE FROM journal_" + table + " WHERE owner_id = :owner AND step_id < :s")
          .bind("owner", owner)
          .bind("s", first)
          .execute();
    }
    handle
        .createUpdate("DELETE FROM journal_step WHERE owner_id = :owner AND id < :s")
        .bind("owner", owner)
        .bind("s", first)
        .execute();
  }

  /** Forgets every step of the owner, after a restore rewrote the ledger. */
  static void forgetAll(Handle handle, long owner) {
    forgetBefore(handle, owner, Long.MAX_VALUE);
  }

  /** A step with the ids it handed out. */
  private record Range(
      Step step, long firstPerson, long lastPerson, long firstEntry, long lastEntry) {}

  /** The work of taking one step back, in the order the keys between the tables need. */
  private static final class Undoing {
    private final Handle handle;
    private final long owner;
    private final Range range;
    private final long id;
    private final Set<Long> touched = new HashSet<>();

    Undoing(Handle handle, long owner, Range range) {
      this.handle = handle;
      this.owner = owner;
      this.range = range;
      this.id = range.step().id();
    }

    void run(Tallies tallies, Integer halfLife) {
      // Whose sums change: the people of the entries the step added, changed or deleted.
      for (String table : ENTRY_TABLES) {
        touched.addAll(
            longs(
                "SELECT DISTINCT person_id FROM "
                    + table
                    + " WHERE owner_id = :owner AND id > :from AND id <= :to",
                range.firstEntry(),
                range.lastEntry()));
        touched.addAll(longs("SELECT DISTINCT person_id FROM journal_" + table + step(), 0, 0));
        touched.addAll(
            longs(
                "SELECT DISTINCT t.person_id FROM "
                    + table
                    + " t JOIN journal_"
                    + table
                    + " j ON j.owner_id = t.owner_id AND j.id = t.id"
                    + " WHERE j.owner_id = :owner AND j.step_id = :step",
                0,
                0));
      }
      // 1. The entries the step added, and the mail it recorded.
      for (String table : ENTRY_TABLES) {
        run(
            "DELETE FROM " + table + " WHERE owner_id = :owner AND id > :from AND id <= :to",
            range.firstEntry(),
            range.lastEntry());
      }
      run(
          "DELETE FROM mail_recipient WHERE owner_id = :owner AND message_id IN (SELECT"
              + " message_id FROM mail_message WHERE owner_id = :owner AND step_id = :step)",
          0,
          0);
      run("DELETE FROM mail_message WHERE owner_id = :owner AND step_id = :step", 0, 0);
      // The asks it found in mail, and those it accepted or dismissed, which wait again.
      run("DELETE FROM suggested_ask WHERE owner_id = :owner AND step_id = :step", 0, 0);
      run(
          "UPDATE suggested_ask SET state = 'suggested', ask_id = NULL, decided_step = NULL"
              + " WHERE owner_id = :owner AND decided_step = :step",
          0,
          0);
      // 2. The e-mails of the people it added, which the people it changed may take back.
      run(
          "DELETE FROM person_email WHERE owner_id = :owner AND person_id > :from"
              + " AND person_id <= :to",
          range.firstPerson(),
          range.lastPerson());
      // 3. The people it changed or deleted, with their e-mails, as they were.
      restore("person", "id");
      run(
          "DELETE FROM person_email WHERE owner_id = :owner AND person_id IN (SELECT id FROM"
              + " journal_person"
              + step()
              + ")",
          0,
          0);
      run(
          "INSERT INTO person_email ("
              + columns(handle, "person_email")
              + ") SELECT "
              + columns(handle, "person_email")
              + " FROM journal_person_email"
              + step(),
          0,
          0);
      // 4. The entries it changed or deleted, as they were.
      for (String table : ENTRY_TABLES) {
        restore(table, "id");
      }
      // 5. The people it added, whose entries are gone now.
      run(
          "DELETE FROM person WHERE owner_id = :owner AND id > :from AND id <= :to",
          range.firstPerson(),
          range.lastPerson());
      for (String table : COPIED) {
        run("DELETE FROM journal_" + table + " WHERE owner_id = :owner AND step_id = :step", 0, 0);
      }
      run("DELETE FROM journal_step WHERE owner_id = :owner AND id = :step", 0, 0);
      // 6. The read model of everyone touched.
      if (halfLife != null && touched.size() > 500) {
        Tallies.buildAll(handle, owner, halfLife);
      } else {
        touched.forEach(person -> tallies.rebuild(new PersonId(person)));
      }
    }

    /** Puts back {@code table}'s rows as the step's copies hold them: changed rows, then gone. */
    private void restore(String table, String key) {
      String columns = columns(handle, table);
      String select = columns.replaceAll("([a-z_]+)", "j.$1");
      run(
          "UPDATE "
              + table
              + " SET ("
              + columns
              + ") = (SELECT "
              + select
              + " FROM journal_"
              + table
              + " j WHERE j.owner_id = "
              + table
              + ".owner_id AND j.step_id = :step AND j."
              + key
              + " = "
              + table
              + "."
              + key
              + ") WHERE owner_id = :owner AND "
              + key
              + " IN (SELECT "
              + key
              + " FROM journal_"
              + table
              + step()
              + ")",
          0,
          0);
      run(
          "INSERT INTO "
              + table
              + " ("
              + columns
              + ") SELECT "
              + select
              + " FROM journal_"
              + table
              + " j WHERE j.owner_id = :owner AND j.step_id = :step AND NOT EXISTS (SELECT 1 FROM "
              + table
              + " t WHERE t.owner_id = j.owner_id AND t."
              + key
              + " = j."
              + key
              + ")",
          0,
          0);
    }

    private static String step() {
      return " WHERE owner_id = :owner AND step_id = :step";
    }

    private void run(String sql, long from, long to) {
      var update = handle.createUpdate(sql).bind("owner", owner);
      bindRange(update, sql, from, to);
      update.execute();
    }

    private List<Long> longs(String sql, long from, long to) {
      var query = handle.createQuery(sql).bind("owner", owner);
      bindRange(query, sql, from, to);
      return query.mapTo(Long.class).list();
    }

    private void bindRange(
        org.jdbi.v3.core.statement.SqlStatement<?> statement, String sql, long from, long to) {
      if (sql.contains(":step")) {
        statement.bind("step", id);
      }
      if (sql.contains(":from")) {
        statement.bind("from", from).bind("to", to);
      }
    }
  }
}
