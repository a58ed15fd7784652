package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One revision lookup serves the requests that arrived before it started, and no others. */
class RevisionsTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger lookups = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch firstStarted = new CountDownLatch(1);

  /** Each lookup answers its own number; the first waits to be released. */
  private final LongSupplier lookup =
      () -> {
        int number = lookups.incrementAndGet();
        if (number == 1) {
          firstStarted.countDown();
          await(release);
        }
        return number;
      };

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  @Test
  void aRequestThatArrivesDuringALookupGetsTheNextOne() throws Exception {
    Revisions revisions = new Revisions();
    CompletableFuture<Long> first = call(revisions);
    firstStarted.await(10, TimeUnit.SECONDS);

    List<CompletableFuture<Long>> later = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      later.add(call(revisions));
    }
    waitUntilWaiting(8);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    for (CompletableFuture<Long> request : later) {
      // Lookup 1 started before they arrived, so it cannot answer them; one more serves them all.
      assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    }
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aRequestAloneLooksUpForItself() {
    Revisions revisions = new Revisions();
    release.countDown();

    assertThat(revisions.current(lookup)).isEqualTo(1);
    assertThat(revisions.current(lookup)).isEqualTo(2);
  }

  @Test
  void aFailedLookupFailsItsCallerAndTheOthersLookUpAgain() throws Exception {
    Revisions revisions = new Revisions();
    CountDownLatch failing = new CountDownLatch(1);
    CountDownLatch fail = new CountDownLatch(1);
    CompletableFuture<Long> first =
        CompletableFuture.supplyAsync(
            () ->
                revisions.current(
                    () -> {
                      failing.countDown();
                      await(fail);
                      throw new IllegalStateException("the database is gone");
                    }),
            threads);
    failing.await(10, TimeUnit.SECONDS);
    CompletableFuture<Long> second = call(revisions);
    waitUntilWaiting(1);
    fail.countDown();
    release.countDown();

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
        .hasRootCauseMessage("the database is gone");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
  }

  private CompletableFuture<Long> call(Revisions revisions) {
    return CompletableFuture.supplyAsync(() -> revisions.current(lookup), threads);
  }

  /** Waits until {@code count} threads wait on a lookup (not one of them is running one). */
  private static void waitUntilWaiting(int count) throws InterruptedException {
    for (int i = 0; i < 1_000; i++) {
      long waiting =
          Thread.getAllStackTraces().entrySet().stream()
              .filter(e -> e.getKey().getState() == Thread.State.WAITING)
              .filter(
                  e ->
                      Arrays.stream(e.getValue())
                          .anyMatch(f -> f.getMethodName().equals("waitForTheRunningLookup")))
              .count();
      if (waiting >= count) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("fewer than " + count + " requests waited for the lookup");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
