package needle.cli;

import java.io.PrintWriter;

/** {@code --json} output: the application layer's one JSON vocabulary, indented. */
final class Json {
  private Json() {}

  static void print(PrintWriter out, Object value) {
    out.println(needle.app.Json.pretty(value));
    out.flush();
  }
}
