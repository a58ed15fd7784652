package needle.storage;

import java.util.List;
import needle.NeedleException;

/** A command named someone who is not in the ledger. */
public final class UnknownPersonException extends NeedleException {
  private static final long serialVersionUID = 1L;

  public UnknownPersonException(String name, List<String> nearNames) {
    super(message(name, nearNames), onTheWeb(name, nearNames));
  }

  private static String onTheWeb(String name, List<String> near) {
    String hint =
        near.isEmpty()
            ? "add them first on the dashboard"
            : "did you mean "
                + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList())
                + "? Or add them first on the dashboard";
    return "unknown person \"" + name + "\" (" + hint + ")";
  }

  private static String message(String name, List<String> near) {
    String hint =
        near.isEmpty()
            ? "add them first with: needle person add \"" + name + "\""
            : "did you mean "
                + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList())
                + "? Or add them with: needle person add \""
                + name
                + "\"";
    return "unknown person \"" + name + "\" (" + hint + ")";
  }
}
