package needle.storage;

import java.util.ArrayList;
import java.util.List;
import needle.people.Identity;
import needle.people.Person;
import org.jdbi.v3.core.Handle;

/** Who one owner is: the me_name and me_linkedin of their owner row, and the me_email table. */
final class MeTable {
  private final Handle handle;
  private final long owner;

  MeTable(Handle handle, long owner) {
    this.handle = handle;
    this.owner = owner;
  }

  Identity read() {
    List<String> emails = new ArrayList<>();
    RowQuery.each(
        handle,
        "SELECT email FROM me_email WHERE owner_id = ? ORDER BY position, email",
        row -> emails.add(row.getString(1)),
        owner);
    String[] named = {null, null};
    RowQuery.each(
        handle,
        "SELECT me_name, me_linkedin FROM owner WHERE id = ?",
        row -> {
          named[0] = row.getString(1);
          named[1] = row.getString(2);
        },
        owner);
    return new Identity(named[0], emails, named[1]);
  }

  void write(Identity me) {
    handle
        .createUpdate("UPDATE owner SET me_name = :name, me_linkedin = :linkedin WHERE id = :owner")
        .bind("name", me.name())
        .bind("linkedin", me.linkedin())
        .bind("owner", owner)
        .execute();
    handle
        .createUpdate("DELETE FROM me_email WHERE owner_id = :owner")
        .bind("owner", owner)
        .execute();
    try (RowBatch batch =
        new RowBatch(handle, "INSERT INTO me_email (owner_id, email, position) VALUES (?, ?, ?)")) {
      int position = 0;
      for (String email : me.emails()) {
        batch.add(owner, email, position++);
      }
      batch.run();
    }
  }

  /** The people of {@code all} who are not the owner under another guise. */
  static List<Person> others(List<Person> all, Identity me) {
    return me.emails().isEmpty() && me.linkedin() == null
        ? all
        : all.stream().filter(p -> !me.owns(p)).toList();
  }
}
