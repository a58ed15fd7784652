package needle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that works on the ledger through the application layer and prints through picocli's
 * writers.
 */
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
}
