package needle.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import needle.app.Login;
import needle.storage.Ledger;
import needle.web.auth.Access;
import needle.web.auth.SessionAccess;

/**
 * What the web app needs: whose ledger a request reaches, the scoring config, the clock that says
 * what "today" is, whether it serves loopback only, the largest upload it accepts, and the proxies
 * whose forwarding headers it believes.
 */
public record Setup(
    Access access,
    ScoringConfig scoring,
    Clock clock,
    boolean loopback,
    long maxUploadBytes,
    TrustedProxies proxies,
    String secret) {
  /** 50 MB: far above any export a person has, far below what would exhaust memory. */
  public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

  /** A working day and a bit: long enough not to nag, short enough for a shared machine. */
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

  public Setup {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(proxies, "proxies");
    if (loopback
        && !(access instanceof SessionAccess)
        && (secret == null || secret.length() < 32)) {
      throw new IllegalArgumentException("a local server needs a secret of 32 characters or more");
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive");
    }
  }

  /**
   * One local user's ledger, served on loopback to whoever shows {@code secret} (the token in the
   * address {@code serve} prints), so other accounts on the computer cannot read it.
   */
  public static Setup local(Ledger ledger, ScoringConfig scoring, Clock clock, String secret) {
    return new Setup(
        Access.loopback(ledger),
        scoring,
        clock,
        true,
        DEFAULT_MAX_UPLOAD,
        TrustedProxies.NONE,
        secret);
  }

  /**
   * Server mode: every request needs a logged-in user and reaches that user's own ledger in the
   * shared database; sessions and failed logins live in the database, so several servers can share
   * it.
   */
  public static Setup server(Ledger ledger, ScoringConfig scoring, Clock clock) {
    return new Setup(
        new SessionAccess(new Login(ledger, SESSION_LIFETIME, clock)),
        scoring,
        clock,
        false,
        DEFAULT_MAX_UPLOAD,
        TrustedProxies.NONE,
        null);
  }

  /** Whether requests must show the local user's secret (local mode). */
  public boolean needsSecret() {
    return secret != null;
  }

  /** Whether requests need a login (server mode). */
  public boolean needsLogin() {
    return access instanceof SessionAccess;
  }

  public Setup withMaxUploadBytes(long bytes) {
    return new Setup(access, scoring, clock, loopback, bytes, proxies, secret);
  }

  /** The same, believing the forwarding headers of {@code trusted} (a TLS proxy in front). */
  public Setup withTrustedProxies(TrustedProxies trusted) {
    return new Setup(access, scoring, clock, loopback, maxUploadBytes, trusted, secret);
  }
}
