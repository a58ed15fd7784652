package needle.asks.coach;

import java.util.Objects;

/**
 * One thing the coach noticed in a draft, pointing at the characters {@code [start, end)} of the
 * original text so that a screen can underline them.
 */
public record Finding(String rule, Severity severity, String message, int start, int end) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The characters of {@code text} this finding points at. */
  public String excerpt(String text) {
    return text.substring(start, end);
  }
}
