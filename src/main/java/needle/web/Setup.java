package needle.web;

import java.time.Clock;
import java.util.Objects;
import needle.storage.Ledger;

/**
 * What the web app needs: whose ledger a request reaches, the scoring config, the clock that says
 * what "today" is, whether it serves loopback only, and the largest upload it accepts.
 */
public record Setup(
    Access access, ScoringConfig scoring, Clock clock, boolean loopback, long maxUploadBytes) {
  /** 50 MB: far above any export a person has, far below what would exhaust memory. */
  public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

  public Setup {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(clock, "clock");
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive");
    }
  }

  /** One local user's ledger, served on loopback. */
  public static Setup local(Ledger ledger, ScoringConfig scoring, Clock clock) {
    return new Setup(Access.loopback(ledger), scoring, clock, true, DEFAULT_MAX_UPLOAD);
  }

  public Setup withMaxUploadBytes(long bytes) {
    return new Setup(access, scoring, clock, loopback, bytes);
  }
}
