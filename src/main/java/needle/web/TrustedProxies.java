package needle.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import needle.NeedleException;

/**
 * The proxies ({@code serve --trusted-proxy}) whose {@code X-Forwarded-For} and {@code
 * X-Forwarded-Proto} headers are believed. From anyone else those headers are ignored: a client
 * could send any address, or claim HTTPS, in them.
 */
public final class TrustedProxies {
  public static final TrustedProxies NONE = new TrustedProxies(Set.of());

  private final Set<InetAddress> addresses;

  private TrustedProxies(Set<InetAddress> addresses) {
    this.addresses = Set.copyOf(addresses);
  }

  /**
   * The proxies at {@code addresses} (IP addresses, not names: a name may later point elsewhere).
   */
  public static TrustedProxies of(List<String> addresses) {
    Set<InetAddress> parsed = new HashSet<>();
    for (String address : addresses) {
      parsed.add(
          literal(address)
              .orElseThrow(
                  () ->
                      new NeedleException(
                          "--trusted-proxy \""
                              + address
                              + "\" is not an IP address (expected e.g. 127.0.0.1 or ::1)")));
    }
    return new TrustedProxies(parsed);
  }

  /**
   * The client's address: the connecting one, or, when that is a trusted proxy, the last address in
   * {@code X-Forwarded-For} that is not one of ours (the one our proxy saw).
   */
  String client(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (!trusted(peer)) {
      return peer;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!trusted(hop)) {
        return literal(hop).map(InetAddress::getHostAddress).orElse(peer);
      }
    }
    return peer;
  }

  /** Whether the browser's connection is HTTPS: ours, or a trusted proxy's that says so. */
  boolean https(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.req().getScheme())) {
      return true;
    }
    return trusted(ctx.req().getRemoteAddr())
        && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private boolean trusted(String address) {
    return !addresses.isEmpty() && literal(address).map(addresses::contains).orElse(false);
  }

  /** An IP address written out; never a name lookup. */
  private static java.util.Optional<InetAddress> literal(String text) {
    String t = text == null ? "" : text.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    boolean looksLiteral = t.matches("[0-9.]+") && t.chars().filter(c -> c == '.').count() == 3;
    boolean v6 = t.contains(":") && t.matches("[0-9a-fA-F:.]+");
    if (!looksLiteral && !v6) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException e) {
      return java.util.Optional.empty();
    }
  }
}
