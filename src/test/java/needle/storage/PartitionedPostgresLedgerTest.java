package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on a PostgreSQL schema where every table is hash-partitioned by owner_id, as
 * a distributed engine (Citus) splits it: the keys are owner-scoped if this runs at all, and every
 * query still finds its rows.
 */
class PartitionedPostgresLedgerTest extends LedgerContract {
  private Location.Postgres location;

  @Override
  Location newLocation() {
    location = TestDatabases.partitionedPostgresDatabase();
    return location;
  }

  @Override
  Location lastLocation() {
    return location;
  }

  @Test
  void everyTableButTheOwnersIsPartitionedByOwner() throws SQLException {
    try (Connection c = DriverManager.getConnection(location.url());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT c.relname, pg_get_partkeydef(c.oid) FROM pg_partitioned_table p"
                        + " JOIN pg_class c ON c.oid = p.partrelid ORDER BY c.relname")) {
      StringBuilder partitioned = new StringBuilder();
      while (rs.next()) {
        partitioned.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
      }
      assertThat(partitioned.toString())
          .isEqualTo(
              """
              ask HASH (owner_id)
              journal_ask HASH (owner_id)
              journal_person HASH (owner_id)
              journal_person_email HASH (owner_id)
              journal_step HASH (owner_id)
              journal_time_entry HASH (owner_id)
              journal_value_event HASH (owner_id)
              login_throttle HASH (owner_id)
              mail_message HASH (owner_id)
              mail_recipient HASH (owner_id)
              me_email HASH (owner_id)
              person HASH (owner_id)
              person_email HASH (owner_id)
              suggested_ask HASH (owner_id)
              time_entry HASH (owner_id)
              time_tally HASH (owner_id)
              time_total HASH (owner_id)
              value_event HASH (owner_id)
              value_tally HASH (owner_id)
              value_total HASH (owner_id)
              web_session HASH (owner_id)
              """);
    }
  }
}
