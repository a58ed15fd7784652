package needle.web.auth;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import needle.storage.Ledger;

/**
 * Who the current request acts for: the one place that turns a request into a ledger and the CSRF
 * token its forms must carry. On loopback there is one owner; server mode resolves the signed-in
 * user's ledger and a per-session token from their login session ({@link SessionAccess}).
 */
public interface Access {
  /** The ledger of the owner this request acts for. */
  Ledger ledger(Context ctx);

  /** The token every state-changing request of this owner must send back. */
  String csrfToken(Context ctx);

  /** Who is signed in, for the page header; null where there is no login (loopback). */
  default String userName(Context ctx) {
    return null;
  }

  /** The local user's ledger, with a random token that lives as long as the process. */
  static Access loopback(Ledger ledger) {
    String token = randomToken();
    return new Access() {
      @Override
      public Ledger ledger(Context ctx) {
        return ledger;
      }

      @Override
      public String csrfToken(Context ctx) {
        return token;
      }
    };
  }

  static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
