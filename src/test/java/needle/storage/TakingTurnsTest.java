package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer behind a long one (another process's import of a big file) waits its turn and says so,
 * instead of failing with "database is locked" once SQLite's own wait is over.
 */
class TakingTurnsTest {
  @TempDir Path folder;

  @Test
  void aWriteBehindALongerOneWaitsForItSaysSoOnceAndIsKept() throws Exception {
    Location.SqliteFile file = TestDatabases.sqliteFile(folder);
    Ledger importing = Ledger.open(file);
    Person ann = importing.write(s -> s.addPerson(Person.named("Ann Example")));
    AtomicInteger told = new AtomicInteger();
    Ledger logging = Ledger.open(file).whenWaiting(told::incrementAndGet);
    CountDownLatch begun = new CountDownLatch(1);
    long holdMillis = TakingTurns.BUSY_MILLIS * 2L + 500;

    CompletableFuture<Void> longWrite =
        CompletableFuture.runAsync(
            () ->
                importing.update(
                    s -> {
                      s.log(entry(ann, 1));
                      begun.countDown();
                      sleep(holdMillis);
                      s.log(entry(ann, 2));
                    }));
    assertThat(begun.await(30, TimeUnit.SECONDS)).isTrue();
    TimeEntry logged = logging.write(s -> s.log(entry(ann, 3)));
    longWrite.get(60, TimeUnit.SECONDS);

    assertThat(told).hasValue(1);
    assertThat(logged.id()).isPositive();
    assertThat(importing.read(s -> s.history(ann)).time())
        .extracting(TimeEntry::minutes)
        .containsExactlyInAnyOrder(1.0, 2.0, 3.0);
  }

  @Test
  void aWriteThatFindsNoOneWritingIsNotTold() {
    AtomicInteger told = new AtomicInteger();
    Ledger ledger =
        Ledger.open(TestDatabases.sqliteFile(folder)).whenWaiting(told::incrementAndGet);

    ledger.write(s -> s.addPerson(Person.named("Bo Example")));

    assertThat(told).hasValue(0);
  }

  private static TimeEntry entry(Person who, double minutes) {
    return new TimeEntry(
        0, who.id(), LocalDate.of(2026, 3, 2), minutes, Channel.CALL, "test", null);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
