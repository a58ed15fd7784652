package needle.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-mode login sessions, kept in the database so any server instance can serve any request. A
 * session is a random token (the cookie) and a CSRF token; only the token's digest is stored.
 */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Ledger ledger;
  private final Duration lifetime;

  public Sessions(Ledger ledger, Duration lifetime) {
    this.ledger = ledger;
    this.lifetime = lifetime;
  }

  /**
   * A logged-in session: whose ledger (and their user name), the token for the cookie, the CSRF
   * token for forms, and when it ends.
   */
  public record Session(long ownerId, String user, String token, String csrf, Instant expiresAt) {}

  public Session open(Accounts.Account account, Instant now) {
    long ownerId = account.id();
    String token = randomToken();
    String csrf = randomToken();
    Instant expires = now.plus(lifetime);
    ledger.inTransaction(
        (handle, ignored) -> {
          handle
              .createUpdate("DELETE FROM web_session WHERE expires_at < :now")
              .bind("now", now)
              .execute();
          return handle
              .createUpdate(
                  "INSERT INTO web_session (token_hash, owner_id, csrf, created_at, expires_at)"
                      + " VALUES (:hash, :owner, :csrf, :now, :expires)")
              .bind("hash", digest(token))
              .bind("owner", ownerId)
              .bind("csrf", csrf)
              .bind("now", now)
              .bind("expires", expires)
              .execute();
        });
    return new Session(ownerId, account.name(), token, csrf, expires);
  }

  /** The live session behind {@code token}, if it exists and has not expired. */
  public Optional<Session> find(String token, Instant now) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return ledger.withHandle(
        (handle, ignored) ->
            handle
                .createQuery(
                    "SELECT s.owner_id, o.name, s.csrf, s.expires_at FROM web_session s"
                        + " JOIN owner o ON o.id = s.owner_id WHERE s.token_hash = :hash")
                .bind("hash", digest(token))
                .map(
                    (rs, ctx) ->
                        new Session(
                            rs.getLong(1),
                            rs.getString(2),
                            token,
                            rs.getString(3),
                            Codecs.instant(rs, 4)))
                .findOne()
                .filter(s -> s.expiresAt().isAfter(now)));
  }

  public void close(String token) {
    ledger.inTransaction(
        (handle, ignored) ->
            handle
                .createUpdate("DELETE FROM web_session WHERE token_hash = :hash")
                .bind("hash", digest(token))
                .execute());
  }

  /** Ends every session of {@code ownerId}; returns how many there were. */
  public int closeAll(long ownerId) {
    return ledger.inTransaction((handle, ignored) -> closeAll(handle, ownerId));
  }

  static int closeAll(org.jdbi.v3.core.Handle handle, long ownerId) {
    return handle
        .createUpdate("DELETE FROM web_session WHERE owner_id = :owner")
        .bind("owner", ownerId)
        .execute();
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
