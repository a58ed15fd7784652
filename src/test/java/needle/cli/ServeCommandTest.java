package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern URL =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?key=([0-9a-f]+) ");

  @TempDir Path folder;

  @Test
  void serveListensOnTheLoopbackPortItPrintsUntilStopped() throws Exception {
    Cli.sqlite(folder).ok("person", "add", "Ada Lovelace");

    try (Running app =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      assertThat(app.banner())
          .startsWith("Needle at http://127.0.0.1:")
          .endsWith(" — Ctrl-C to stop");
      assertThat(app.get("/api/people")).contains("Ada Lovelace");
      assertThat(app.stop()).isZero();
    }
  }

  @Test
  void theLocalKeyIsKeptInAFileOnlyItsOwnerCanReadAndStaysTheSame() throws Exception {
    String first;
    try (Running app =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      first = app.key();
      assertThat(app.stop()).isZero();
    }
    Path file = folder.resolve(".local/share/needle/web-key");
    assertThat(Files.readString(file).trim()).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    try (Running again =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      assertThat(again.key()).as("a bookmark keeps working").isEqualTo(first);
      assertThat(again.stop()).isZero();
    }
  }

  @Test
  void anotherAccountWithoutTheKeyCannotReadTheLocalLedger() throws Exception {
    Cli.sqlite(folder).ok("person", "add", "Ada Lovelace");

    try (Running app =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      HttpResponse<String> without = app.send("/api/people", null);
      HttpResponse<String> guessed = app.send("/api/people?key=" + "0".repeat(48), null);
      HttpResponse<String> keyed = app.send("/?key=" + app.key(), null);

      assertThat(without.statusCode()).isEqualTo(401);
      assertThat(without.body()).doesNotContain("Ada").contains("needle serve");
      assertThat(guessed.statusCode()).isEqualTo(401);
      assertThat(keyed.statusCode()).isEqualTo(303);
      assertThat(keyed.headers().firstValue("Location")).hasValue("/");
      assertThat(keyed.headers().firstValue("Set-Cookie").orElseThrow())
          .contains("=" + app.key(), "HttpOnly", "SameSite=Strict");
      assertThat(app.stop()).isZero();
    }
  }

  @Test
  void theSettingsPageDoesNotShowTheServersHomeFolder() throws Exception {
    try (Running app =
        start("--db", folder.resolve("needle.db").toString(), "serve", "--port", "0")) {
      String settings = app.get("/settings");

      assertThat(settings).contains("~/.config/needle/scoring.properties");
      assertThat(settings).doesNotContain(folder.toString());
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

    String key() {
      Matcher m = URL.matcher(out.toString());
      return m.find() ? m.group(2) : "";
    }

    /** The body at {@code path}, sent with the key's cookie as a browser that visited does. */
    String get(String path) throws Exception {
      HttpResponse<String> response = send(path, "needle_key_" + port() + "=" + key());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return response.body();
    }

    HttpResponse<String> send(String path, String cookie) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path));
      if (cookie != null) {
        request.header("Cookie", cookie);
      }
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
