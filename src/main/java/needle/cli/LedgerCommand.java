package needle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import needle.storage.LedgerSession;
import picocli.CommandLine;

/** A command that reads or writes the ledger and prints through picocli's writers. */
abstract class LedgerCommand implements Callable<Integer> {
  protected final App app;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  LedgerCommand(App app) {
    this.app = app;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  <R> R read(Function<LedgerSession, R> work) {
    return app.ledger().read(work);
  }

  <R> R write(Function<LedgerSession, R> work) {
    return app.ledger().write(work);
  }
}
