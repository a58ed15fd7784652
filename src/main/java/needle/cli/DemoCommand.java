package needle.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import needle.app.Samples;
import needle.app.Scope;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.web.TrustedProxies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: a temporary ledger filled with a sample story; prints the ranking and moves. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Fill a temporary ledger with a sample story and show the ranking and today's moves.")
final class DemoCommand extends LedgerCommand {
  @Option(
      names = "--port",
      description = "Port for the web app (default 7070; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--no-serve", hidden = true, description = "Print, then exit without serving.")
  boolean noServe;

  DemoCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() throws IOException {
    Path folder = Files.createTempDirectory("needle-demo");
    // Ctrl-C ends the JVM without unwinding this thread: the hook deletes the ledger then.
    Thread cleanup = new Thread(() -> deleteTree(folder), "needle-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Ledger ledger = Ledger.open(new Location.SqliteFile(folder.resolve("demo.db"), false));
      Samples.demo(new Scope(ledger, app.policy(), app.clock()));
      app.useLedger(ledger);
      out()
          .println(
              "A sample ledger (in a temporary file, deleted on exit). Every command takes --db to use yours.");
      out().println();
      spec.root().commandLine().execute("rank");
      out().println();
      spec.root().commandLine().execute("today");
      if (!noServe) {
        out().println();
        Serving.serve(
            app,
            ledger.pooled(),
            "127.0.0.1",
            port,
            TrustedProxies.NONE,
            LocalSecret.fresh(),
            out(),
            "Needle demo");
      }
      return 0;
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
      deleteTree(folder);
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
