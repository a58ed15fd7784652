package needle.asks.coach;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The coach's judgement of a draft: smart or dumb, a score out of 100, and why. */
public record Verdict(boolean smart, int score, List<Finding> findings, Optional<String> note) {

  public Verdict {
    findings = List.copyOf(findings);
    Objects.requireNonNull(note, "note");
  }

  /** {@code smart} or {@code dumb}, as the command line and the API spell it. */
  public String label() {
    return smart ? "smart" : "dumb";
  }

  public boolean has(String rule) {
    return findings.stream().anyMatch(f -> f.rule().equals(rule));
  }
}
