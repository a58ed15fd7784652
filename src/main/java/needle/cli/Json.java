package needle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code --json} output: the application layer's one JSON vocabulary, indented. */
final class Json {
  private Json() {}

  static void print(PrintWriter out, Object value) {
    try {
      needle.app.Json.writePretty(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    out.println();
    out.flush();
  }
}
