package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path folder;

  @Test
  void serveListensOnTheLoopbackPortItPrintsUntilStopped() throws Exception {
    Cli.sqlite(folder).ok("person", "add", "Ada Lovelace");

    try (Running app =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      assertThat(app.banner())
          .startsWith("Needle at http://127.0.0.1:")
          .endsWith("/ — Ctrl-C to stop");
      assertThat(app.get("/api/people")).contains("Ada Lovelace");
      assertThat(app.stop()).isZero();
    }
  }

  @Test
  void theDemoServesItsSampleLedger() throws Exception {
    try (Running app = start("demo", "--port", "0")) {
      assertThat(app.banner()).startsWith("Needle demo at http://127.0.0.1:");
      assertThat(app.get("/")).contains("Victoria Sterling", "roi-chart");
      assertThat(app.stop()).isZero();
    }
  }

  @Test
  void servingBeyondThisComputerIsRefusedUntilThereIsLogin() {
    Cli.Result result = Cli.sqlite(folder).run("serve", "--bind", "0.0.0.0", "--port", "0");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("--bind 0.0.0.0", "login", "--bind 127.0.0.1");
  }

  private Running start(String... args) throws InterruptedException {
    Running running = new Running(args);
    running.thread.start();
    for (int i = 0; i < 600 && running.port() < 0; i++) {
      Thread.sleep(50);
    }
    assertThat(running.port()).as("printed a URL: %s", running.out).isPositive();
    return running;
  }

  /** One command running in its own thread, as it would in a terminal until Ctrl-C. */
  private final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) {
      Map<String, String> env = Map.of("HOME", folder.toString());
      Clock clock = Clock.fixed(Cli.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      thread =
          new Thread(
              () ->
                  exit.set(Main.run(env, clock, new PrintWriter(out), new PrintWriter(err), args)));
    }

    int port() {
      Matcher m = URL.matcher(out.toString());
      return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    String banner() {
      return out.toString().lines().filter(l -> l.contains("http://")).findFirst().orElseThrow();
    }

    String get(String path) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertThat(err.toString()).as("errors").isEmpty();
      return exit.get();
    }

    @Override
    public void close() throws InterruptedException {
      if (thread.isAlive()) {
        stop();
      }
    }
  }
}
