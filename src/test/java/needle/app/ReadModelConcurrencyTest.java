package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many requests at once for a ledger not scored yet: it is scored once, and all get that one. */
class ReadModelConcurrencyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  @TempDir Path folder;

  @Test
  void requestsThatArriveTogetherShareOneScoring() throws Exception {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder)).pooled();
    ledger.update(
        s -> {
          for (int i = 0; i < 200; i++) {
            Person p = s.addPerson(Person.named("Person " + i));
            s.log(new TimeEntry(0, p.id(), AS_OF, 30 + i, Channel.CALL, "t", null));
          }
        });
    Scope scope =
        new Scope(
            ledger,
            Policy.defaults(),
            Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    int requests = 12;
    CyclicBarrier together = new CyclicBarrier(requests);
    ExecutorService threads = Executors.newFixedThreadPool(requests);
    try {
      List<CompletableFuture<Scored>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(together);
                  return ReadModel.scored(scope, AS_OF);
                },
                threads));
      }
      Scored first = answers.get(0).get(60, TimeUnit.SECONDS);

      for (CompletableFuture<Scored> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(first.scores()).hasSize(200);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }
}
