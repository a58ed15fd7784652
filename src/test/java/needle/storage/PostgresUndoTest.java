package needle.storage;

class PostgresUndoTest extends UndoContract {
  @Override
  Location newLocation() {
    return TestDatabases.postgresDatabase();
  }
}
