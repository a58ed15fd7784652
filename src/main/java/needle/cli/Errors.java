package needle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import needle.NeedleException;
import needle.app.Checks;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where errors become messages on stderr and exit codes: 1 bad input, 2 usage. A
 * mistake is answered with its own sentence. A fault (a bug) is answered with one sentence and an
 * error id, never with the exception, and its stack is appended to a log beside the ledger's
 * default folder; the log keeps the classes and lines the fault went through but not the
 * exceptions' messages, which may quote names and addresses from the ledger.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How picocli names the Java type an option's value did not fit: "'abc' is not a double". */
  private static final java.util.regex.Pattern JAVA_TYPE =
      java.util.regex.Pattern.compile("is not an? (int|long|double|float|short|byte)\\b");

  private final Map<String, String> env;

  Errors(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof Checks.Unusual) {
      err.println("needle: " + e.getMessage() + " (pass --force to keep it)");
    } else if (e instanceof NeedleException) {
      err.println("needle: " + e.getMessage());
    } else {
      err.println("needle: " + fault(e));
    }
    err.flush();
    return BAD_INPUT;
  }

  /** Logs {@code e} under a new id, and says what to do in one sentence. */
  String fault(Throwable e) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    Path log = log();
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "error " + id + " at " + Instant.now() + "\n" + stack(e),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return "something went wrong inside Needle and nothing was changed (error "
          + id
          + "); please report it with the lines under that id in "
          + log;
    } catch (IOException notLogged) {
      return "something went wrong inside Needle and nothing was changed (error "
          + id
          + "); try again, and if it happens again please report what you ran";
    }
  }

  /** Where faults are logged: {@code $XDG_DATA_HOME/needle/errors.log}. */
  Path log() {
    return LocalSecret.file(env).resolveSibling("errors.log");
  }

  /** The classes and lines {@code e} and its causes went through, without their messages. */
  static String stack(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t == e ? "" : "caused by ").append(t.getClass().getName()).append('\n');
      for (StackTraceElement frame : t.getStackTrace()) {
        out.append("\tat ").append(frame).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    boolean badValue =
        e.getCause() instanceof CommandLine.TypeConversionException
            || e.getCause() instanceof NeedleException;
    err.println("needle: " + JAVA_TYPE.matcher(e.getMessage()).replaceAll("is not a number"));
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
