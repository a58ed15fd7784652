package needle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real {@code ./needle} launcher and jar, as a person at a terminal would. */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("needle").toAbsolutePath();
  @TempDir Path folder;

  record Run(int exit, String out, String err) {}

  Run needle(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("needle finished").isTrue();
    return new Run(process.exitValue(), out, err.join());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void runsFromAnyDirectoryAndPassesArgumentsThrough() throws Exception {
    Run version = needle("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("needle 0.1.0");

    String db = folder.resolve("ledger.db").toString();
    assertThat(
            needle("--db", db, "person", "add", "Ada Lovelace", "--title", "VP Engineering").exit())
        .isZero();
    assertThat(needle("--db", db, "people").out())
        .contains("Ada Lovelace")
        .contains("VP Engineering");
  }

  @Test
  void exitsWithTheProgramsExitCode() throws Exception {
    String db = folder.resolve("ledger.db").toString();

    Run unknown = needle("--db", db, "log", "time", "Nobody", "--minutes", "5");
    Run usage = needle("--db", db, "rank", "--no-such-option");

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("unknown person \"Nobody\"");
    assertThat(usage.exit()).isEqualTo(2);
  }

  @Test
  void twoProcessesWritingAtOnceBothSucceed() throws Exception {
    String db = folder.resolve("ledger.db").toString();
    assertThat(needle("--db", db, "person", "add", "Greg").exit()).isZero();
    int each = 4;

    List<CompletableFuture<List<Integer>>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(CompletableFuture.supplyAsync(() -> logTimes(db, each)));
    }

    for (CompletableFuture<List<Integer>> writer : writers) {
      assertThat(writer.join()).containsOnly(0);
    }
    Run rank = needle("--db", db, "rank", "--json");
    assertThat(rank.out()).contains("\"hours\" : " + (2 * each * 15 / 60.0));
  }

  private List<Integer> logTimes(String db, int times) {
    List<Integer> exits = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      try {
        exits.add(needle("--db", db, "log", "time", "Greg", "--minutes", "15").exit());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    return exits;
  }
}
