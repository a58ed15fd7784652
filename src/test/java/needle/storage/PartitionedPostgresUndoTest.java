package needle.storage;

/** The undo journal on a schema where every table is hash-partitioned by owner_id. */
class PartitionedPostgresUndoTest extends UndoContract {
  @Override
  Location newLocation() {
    return TestDatabases.partitionedPostgresDatabase();
  }
}
