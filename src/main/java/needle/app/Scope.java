package needle.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import needle.scoring.Policy;
import needle.scoring.Scorer;
import needle.storage.Ledger;

/**
 * What every use case acts on: one owner's ledger, the scoring config in force and the clock that
 * says what today is. A door makes one per command or request and hands it to the use cases.
 */
public record Scope(Ledger ledger, Policy policy, Clock clock) {
  public Scope {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Scorer scorer() {
    return new Scorer(policy);
  }
}
