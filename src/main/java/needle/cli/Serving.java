package needle.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import needle.NeedleException;
import needle.app.Accounts;
import needle.storage.Ledger;
import needle.web.ScoringConfig;
import needle.web.Setup;
import needle.web.TrustedProxies;
import needle.web.WebApp;

/** Runs the web app for {@code serve} and {@code demo} until Ctrl-C (or the thread's interrupt). */
final class Serving {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

  private Serving() {}

  /**
   * Serves {@code ledger} on {@code host:port}, prints where, and blocks until stopped. On
   * loopback, requests must show {@code secret}, which the printed address carries; beyond it, they
   * need a login.
   */
  static void serve(
      App app,
      Ledger ledger,
      String host,
      int port,
      TrustedProxies proxies,
      String secret,
      PrintWriter out,
      String label) {
    boolean local = isLoopback(host);
    if (!local && !Accounts.any(ledger)) {
      throw new NeedleException(
          "--bind "
              + host
              + " serves beyond this computer, so it needs login, and there is no account yet:"
              + " add one with  needle user add NAME  (or use --bind 127.0.0.1)");
    }
    ScoringConfig scoring =
        new ScoringConfig(app.policy(), app.overrides(), configShown(app, local));
    Setup setup =
        (local
                ? Setup.local(ledger, scoring, app.clock(), secret)
                : Setup.server(ledger, scoring, app.clock()))
            .withTrustedProxies(proxies);
    WebApp web = WebApp.create(setup);
    int actual = start(web, host, port);
    Thread stop = new Thread(web::stop, "needle-web-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    String key = local ? "?key=" + secret : "";
    out.println(
        label + " at http://" + urlHost(host) + ":" + actual + "/" + key + " — Ctrl-C to stop");
    out.flush();
    waitForInterrupt();
    Runtime.getRuntime().removeShutdownHook(stop);
    web.stop();
    // Stopping Jetty waits on threads, so the interrupt is restored only once it has stopped.
    Thread.currentThread().interrupt();
  }

  static boolean isLoopback(String host) {
    return LOOPBACK.contains(host);
  }

  /** Ctrl-C ends the JVM through the shutdown hook; an interrupt (tests, embedding) ends here. */
  private static void waitForInterrupt() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      return;
    }
  }

  private static int start(WebApp web, String host, int port) {
    try {
      return web.start(host, port);
    } catch (JavalinBindException e) {
      throw new NeedleException(
          "cannot serve on "
              + host
              + ":"
              + port
              + ": the port is in use (choose another with --port)",
          e);
    } catch (io.javalin.util.JavalinException e) {
      // Any other failure to listen: an address that is not this computer's, say.
      throw new NeedleException(
          "cannot serve on "
              + host
              + ":"
              + port
              + " (give --bind an address of this computer, such as 127.0.0.1)",
          e);
    }
  }

  /**
   * The scoring file as the settings page names it: from the home folder on for the local user, and
   * no path at all for a server's users, to whom the server's folders are none of their business.
   */
  private static String configShown(App app, boolean local) {
    if (!local) {
      return "the server's scoring config (ask whoever runs this Needle)";
    }
    String file = app.configPath().toAbsolutePath().toString();
    String home = app.env().getOrDefault("HOME", System.getProperty("user.home"));
    return home != null && !home.isBlank() && file.startsWith(home + "/")
        ? "~" + file.substring(home.length())
        : app.configPath().getFileName().toString();
  }

  private static String urlHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
