package needle.cli;

import java.io.PrintWriter;
import needle.NeedleException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The one place where errors become messages on stderr and exit codes: 1 bad input, 2 usage. */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof NeedleException) {
      err.println("needle: " + e.getMessage());
    } else {
      err.println("needle: internal error: " + e + " (please report it; nothing was changed)");
    }
    err.flush();
    return BAD_INPUT;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    boolean badValue =
        e.getCause() instanceof CommandLine.TypeConversionException
            || e.getCause() instanceof NeedleException;
    err.println("needle: " + e.getMessage());
    if (!badValue) {
      err.println("Try: needle " + commandPath(cmd) + "--help");
    }
    err.flush();
    return badValue ? BAD_INPUT : USAGE;
  }

  private static String commandPath(CommandLine cmd) {
    String path = cmd.getCommandSpec().qualifiedName(" ");
    String withoutRoot =
        path.startsWith("needle") ? path.substring("needle".length()).trim() : path;
    return withoutRoot.isEmpty() ? "" : withoutRoot + " ";
  }
}
