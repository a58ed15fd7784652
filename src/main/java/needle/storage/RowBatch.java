package needle.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One statement run for many rows as a JDBC batch on the handle's connection, in its transaction.
 * Imports write a million rows through it: Jdbi's named bindings cost more per row than SQLite's
 * insert itself, so rows are bound by position here.
 */
final class RowBatch implements AutoCloseable {
  private final PreparedStatement statement;
  private int rows;

  RowBatch(Handle handle, String sql) {
    try {
      this.statement = handle.getConnection().prepareStatement(sql);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Adds one row: its values in the order of the statement's parameters, null for NULL; ids, dates
   * and enums are written as {@link Codecs#column} writes them.
   */
  void add(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, Codecs.column(values[i]));
      }
      statement.addBatch();
      rows++;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs the rows added; for each, whether it changed a row (an insert that did not conflict). */
  boolean[] run() {
    if (rows == 0) {
      return new boolean[0];
    }
    try {
      int[] counts = statement.executeBatch();
      boolean[] changed = new boolean[counts.length];
      for (int i = 0; i < counts.length; i++) {
        changed[i] = counts[i] > 0;
      }
      rows = 0;
      return changed;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs the rows added and answers how many of them changed a row. */
  int count() {
    int n = 0;
    for (boolean changed : run()) {
      n += changed ? 1 : 0;
    }
    return n;
  }

  @Override
  public void close() {
    try {
      statement.close();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Reported like any other statement that failed, so the ledger names itself in the message. */
  private static UnableToExecuteStatementException failed(SQLException e) {
    return new UnableToExecuteStatementException(e, null);
  }
}
