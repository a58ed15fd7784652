package needle.asks.coach;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the coach as the rules file states it: what it detects, how it weighs on the score,
 * and the sentence that tells a person what to do about it.
 *
 * @param limit how many of its findings count towards the score; all of them are still shown
 * @param unlessFound earlier rules whose findings switch this one off
 * @param blocks whether one finding of this rule keeps a draft from being smart whatever its score
 * @param describes what asks with a finding of this rule did, as in "asks that {describes}"
 */
record Rule(
    String id,
    Severity severity,
    int weight,
    String message,
    int limit,
    List<String> unlessFound,
    boolean blocks,
    String describes,
    Detector detector) {

  /** Long matches are shortened in messages so that a finding stays one readable sentence. */
  private static final int QUOTE_LIMIT = 40;

  Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(describes, "describes");
    unlessFound = List.copyOf(unlessFound);
    Objects.requireNonNull(detector, "detector");
  }

  Finding finding(Draft draft, Span span) {
    String quoted = draft.text().substring(span.start(), span.end()).strip();
    if (quoted.length() > QUOTE_LIMIT) {
      quoted = quoted.substring(0, QUOTE_LIMIT - 1).strip() + "…";
    }
    String said = message.replace("{match}", quoted.replaceAll("\\s+", " "));
    return new Finding(id, severity, said, span.start(), span.end());
  }
}
