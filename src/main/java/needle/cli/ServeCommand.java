package needle.cli;

import java.util.ArrayList;
import java.util.List;
import needle.web.TrustedProxies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web app on this computer, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app on this computer (http://127.0.0.1:7070/ by default).",
      "On 127.0.0.1 the address printed carries your key (kept in a file only you can read), so"
          + " other accounts on this computer cannot open your ledger."
    })
final class ServeCommand extends LedgerCommand {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      converter = Converters.Port.class,
      description = "Port to listen on (default 7070; 0 picks a free one).")
  int port = 7070;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default 127.0.0.1: this computer only).")
  String bind = "127.0.0.1";

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDR",
      description = {
        "IP address of a proxy in front (e.g. the TLS proxy); repeatable. Only its",
        "X-Forwarded-For (the client's address, for the login limit) and X-Forwarded-Proto",
        "(HTTPS: Secure cookies and HSTS) are believed."
      })
  List<String> trustedProxies = new ArrayList<>();

  ServeCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    TrustedProxies proxies = TrustedProxies.of(trustedProxies);
    boolean local = Serving.isLoopback(bind);
    String secret = local ? LocalSecret.of(app.env()) : null;
    Serving.serve(app, app.ledger().pooled(), bind, port, proxies, secret, out(), "Needle");
    return 0;
  }
}
