package needle.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web app on this computer, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web app on this computer (http://127.0.0.1:7070/ by default).")
final class ServeCommand extends LedgerCommand {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default 7070; 0 picks a free one).")
  int port = 7070;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default 127.0.0.1: this computer only).")
  String bind = "127.0.0.1";

  ServeCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    Serving.serve(app, app.ledger().pooled(), bind, port, out(), "Needle");
    return 0;
  }
}
