package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import needle.app.Accounts;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Password guessing against server mode, on SQLite and on PostgreSQL: each attack that worked
 * before, and now fails.
 */
class LoginAttacksTest {
  private static final String PASSWORD = "analytical engine 1843";
  private static final String PROXY = "127.0.0.1";

  @TempDir Path folder;
  private final List<WebApp> apps = new ArrayList<>();
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  static Stream<Arguments> engines() {
    return Stream.of(
        Arguments.of("SQLite", (DatabaseMaker) TestDatabases::sqliteFile),
        Arguments.of("PostgreSQL", (DatabaseMaker) f -> TestDatabases.postgresDatabase()));
  }

  interface DatabaseMaker {
    Location make(Path folder);
  }

  @AfterEach
  void stop() {
    apps.forEach(WebApp::stop);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void fortyWrongPasswordsSentAtOnceFromOneAddressAreNotAllChecked(
      String engine, DatabaseMaker maker) throws Exception {
    String base = server(ledger(maker), TrustedProxies.NONE);

    // A name of its own for each guess, so that only the address's count can stop them.
    List<Integer> statuses =
        atOnce(40, i -> new Visitor(base).logIn("user" + i, "guess number " + i));

    assertThat(statuses.stream().filter(s -> s == 401).count())
        .as("passwords checked, of %s", statuses)
        .isLessThanOrEqualTo(5);
    assertThat(statuses).containsOnly(401, 429);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void twoServersOnOneDatabaseShareTheCount(String engine, DatabaseMaker maker) throws Exception {
    Location db = maker.make(folder);
    Ledger first = Ledger.open(db);
    Accounts.add(first, "ada", PASSWORD.toCharArray());
    String a = server(first, TrustedProxies.NONE);
    String b = server(Ledger.open(db), TrustedProxies.NONE);

    List<Integer> statuses =
        atOnce(20, i -> new Visitor(i % 2 == 0 ? a : b).logIn("ada", "guess number " + i));

    assertThat(statuses.stream().filter(s -> s == 401).count())
        .as("passwords checked on both servers, of %s", statuses)
        .isLessThanOrEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void behindATrustedProxyOneClientsFailuresDoNotLockOthersOut(String engine, DatabaseMaker maker) {
    Ledger ledger = ledger(maker);
    Accounts.add(ledger, "grace", "compiler in 1952 please".toCharArray());
    String base = server(ledger, TrustedProxies.of(List.of(PROXY)));
    Visitor mallory = new Visitor(base).from("198.51.100.66");
    for (int i = 0; i < 5; i++) {
      assertThat(mallory.logIn("grace", "guess number " + i)).isEqualTo(401);
    }

    assertThat(mallory.logIn("grace", "guess number 6")).isEqualTo(429);
    assertThat(new Visitor(base).from("203.0.113.7").logIn("ada", PASSWORD))
        .as("another client of the same proxy")
        .isEqualTo(303);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aForwardedAddressFromAnUntrustedPeerDoesNotEscapeTheLimit(
      String engine, DatabaseMaker maker) {
    String base = server(ledger(maker), TrustedProxies.NONE);
    for (int i = 0; i < 5; i++) {
      Visitor spoofing = new Visitor(base).from("192.0.2." + i);
      assertThat(spoofing.logIn("user" + i, "guess " + i)).isEqualTo(401);
    }

    assertThat(new Visitor(base).from("192.0.2.99").logIn("user99", "guess")).isEqualTo(429);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aTargetedUserIsSlowedDownButNotLockedOut(String engine, DatabaseMaker maker) {
    String base = server(ledger(maker), TrustedProxies.of(List.of(PROXY)));
    for (int i = 0; i < 8; i++) {
      // A botnet: each guess from an address of its own, so no address limit applies.
      Visitor bot = new Visitor(base).from("198.51.100." + i);
      assertThat(bot.logIn("ada", "guess " + i)).isEqualTo(401);
      now = now.plus(Duration.ofMinutes(1));
    }

    Visitor ada = new Visitor(base).from("203.0.113.7");
    now = now.minus(Duration.ofMinutes(1)).plusSeconds(1);
    HttpResponse<String> slowed = ada.logInResponse("ada", PASSWORD);
    long wait = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());

    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(wait).as("seconds to wait").isBetween(1L, 300L);
    now = now.plusSeconds(wait);
    assertThat(ada.logIn("ada", PASSWORD)).as("after the wait").isEqualTo(303);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aWrongUserNameTakesAsLongAsAWrongPassword(String engine, DatabaseMaker maker) {
    String base = server(ledger(maker), TrustedProxies.of(List.of(PROXY)));
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      known.add(timed(new Visitor(base).from("198.51.100." + i), "ada"));
      unknown.add(timed(new Visitor(base).from("203.0.113." + i), "nobody" + i));
    }

    // Both check an Argon2id hash, tens of milliseconds; skipping it took a tenth of that.
    assertThat(median(unknown)).as("%s vs %s ns", unknown, known).isGreaterThan(median(known) / 2);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "/\t/evil.example",
        "/%09/evil.example",
        "//evil.example",
        "/\\evil.example",
        "/%2F/evil.example",
        "/%252F%252Fevil.example",
        "https://evil.example/",
        "/\n/evil.example",
        " /evil.example"
      })
  void theLoginPageSendsNobodyToAnotherSite(String next) {
    String base = server(ledger((DatabaseMaker) TestDatabases::sqliteFile), TrustedProxies.NONE);
    Visitor ada = new Visitor(base);

    HttpResponse<String> login = ada.logInResponse("ada", PASSWORD, next);

    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/");
  }

  @org.junit.jupiter.api.Test
  void aPathOnThisSiteIsStillWhereTheLoginGoesNext() {
    assertThat(LoginRoutes.safeNext("/people/1?asOf=2026-03-01"))
        .isEqualTo("/people/1?asOf=2026-03-01");
    assertThat(LoginRoutes.safeNext("/asks")).isEqualTo("/asks");
    assertThat(LoginRoutes.safeNext("/")).isEqualTo("/");
    assertThat(LoginRoutes.safeNext("/\u200b/evil.example")).isEqualTo("/");
  }

  @org.junit.jupiter.api.Test
  void cookiesAreSecureAndHstsIsSentOnlyWhenATrustedProxySaysHttps() {
    Ledger ledger = ledger((DatabaseMaker) TestDatabases::sqliteFile);
    String trusting = server(ledger, TrustedProxies.of(List.of(PROXY)));
    String untrusting = server(ledger, TrustedProxies.NONE);

    HttpResponse<String> viaProxy = new Visitor(trusting).https().logInResponse("ada", PASSWORD);
    HttpResponse<String> forged = new Visitor(untrusting).https().logInResponse("ada", PASSWORD);

    assertThat(viaProxy.statusCode()).as(viaProxy.body()).isEqualTo(303);
    assertThat(viaProxy.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("needle_session=").contains("Secure"));
    assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(forged.headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    assertThat(forged.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static long timed(Visitor visitor, String user) {
    long start = System.nanoTime();
    assertThat(visitor.logIn(user, "not the password")).isEqualTo(401);
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private Ledger ledger(DatabaseMaker maker) {
    Ledger ledger = Ledger.open(maker.make(folder));
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());
    return ledger;
  }

  private String server(Ledger ledger, TrustedProxies proxies) {
    WebApp app =
        WebApp.create(
            Setup.server(ledger, ScoringConfig.defaults("scoring.properties"), clock)
                .withTrustedProxies(proxies));
    apps.add(app);
    return "http://127.0.0.1:" + app.start("127.0.0.1", 0);
  }

  interface Attempt {
    int run(int i);
  }

  private static List<Integer> atOnce(int count, Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        calls.add(() -> attempt.run(n));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A browser at one client address (sent as X-Forwarded-For: only a trusted proxy's counts). */
  static final class Visitor {
    private final String base;
    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String address;
    private boolean https;

    Visitor(String base) {
      this.base = base;
    }

    Visitor from(String clientAddress) {
      this.address = clientAddress;
      return this;
    }

    /** As a TLS proxy in front would say: the browser's connection is HTTPS. */
    Visitor https() {
      this.https = true;
      return this;
    }

    int logIn(String user, String password) {
      return logInResponse(user, password).statusCode();
    }

    HttpResponse<String> logInResponse(String user, String password) {
      return logInResponse(user, password, "/");
    }

    HttpResponse<String> logInResponse(String user, String password, String next) {
      HttpResponse<String> form = send(request("/login").GET());
      String token = ServerModeTest.field(form.body(), "csrf");
      HttpRequest.Builder post = request("/login");
      if (https) {
        // The login form's cookie is Secure now, so a client on plain HTTP keeps it back: send it
        // as the browser on the proxy's HTTPS would.
        form.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(needle.web.auth.SessionAccess.LOGIN_COOKIE + "="))
            .findFirst()
            .ifPresent(c -> post.header("Cookie", c.substring(0, c.indexOf(';'))));
      }
      return send(
          post.header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      WebFixture.encode(
                          Map.of(
                              "csrf", token, "user", user, "password", password, "next", next)))));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
      if (address != null) {
        request.header("X-Forwarded-For", address);
      }
      if (https) {
        request.header("X-Forwarded-Proto", "https");
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
