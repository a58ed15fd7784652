package needle.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteUndoTest extends UndoContract {
  @TempDir Path folder;

  @Override
  Location newLocation() {
    return TestDatabases.sqliteFile(folder);
  }
}
