package needle.storage;

class PostgresLedgerTest extends LedgerContract {
  private Location location;

  @Override
  Location newLocation() {
    location = TestDatabases.postgresDatabase();
    return location;
  }

  @Override
  Location lastLocation() {
    return location;
  }
}
