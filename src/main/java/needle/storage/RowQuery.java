package needle.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One query run on the handle's connection with its values bound by position, each row handed to a
 * reader as it comes. Ranking reads tens of thousands of rows of sums through it: Jdbi's named
 * bindings and row mapping cost more per row than the database does, and its SQL parser more than a
 * short command's whole query.
 */
final class RowQuery {
  /** Reads one row; the result set stands on it. */
  interface Reader {
    void read(ResultSet row) throws SQLException;
  }

  private RowQuery() {}

  static void each(Handle handle, String sql, Reader reader, Object... values) {
    try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.setFetchSize(10_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      // Reported like any other statement that failed, so the ledger names itself in the message.
      throw new UnableToExecuteStatementException(e, null);
    }
  }
}
