package needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import needle.asks.Ask;
import needle.ledger.History;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;

/** A web app on a free port over a fresh SQLite ledger, and an HTTP client that talks to it. */
final class WebFixture implements AutoCloseable {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final ObjectMapper JSON = new ObjectMapper();

  final Ledger ledger;
  final WebApp app;
  final String base;
  final String secret = "local-key-for-tests-0123456789abcdef";
  private final Clock clock;
  private final HttpClient client = HttpClient.newHttpClient();
  private String csrf;

  private WebFixture(Path folder, long maxUpload) {
    this.ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Setup setup =
        Setup.local(
                ledger, ScoringConfig.defaults("/config/needle/scoring.properties"), clock, secret)
            .withMaxUploadBytes(maxUpload);
    this.app = WebApp.create(setup);
    this.base = "http://127.0.0.1:" + app.start("127.0.0.1", 0);
  }

  /** The clock the app tells today by. */
  Clock clock() {
    return clock;
  }

  static WebFixture start(Path folder) {
    return new WebFixture(folder, Setup.DEFAULT_MAX_UPLOAD);
  }

  static WebFixture start(Path folder, long maxUpload) {
    return new WebFixture(folder, maxUpload);
  }

  WebFixture with(Consumer<LedgerSession> story) {
    ledger.update(story);
    return this;
  }

  List<Person> people() {
    return ledger.read(LedgerSession::people);
  }

  List<Ask> asks() {
    return ledger.read(LedgerSession::asks);
  }

  /** Everything logged with the first person in the ledger. */
  History first() {
    return ledger.read(LedgerSession::histories).get(0);
  }

  String csrf() {
    if (csrf == null) {
      csrf = json(get("/api/csrf")).get("csrf").asText();
    }
    return csrf;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A form POST with the CSRF field; {@code htmx} adds the header htmx sends. */
  HttpResponse<String> postForm(String path, Map<String, String> fields, boolean htmx) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("csrf", csrf());
    return postFormRaw(path, all, htmx);
  }

  HttpResponse<String> postFormRaw(String path, Map<String, String> fields, boolean htmx) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return send(request);
  }

  HttpResponse<String> postJson(String path, Object body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf())
            .POST(HttpRequest.BodyPublishers.ofString(WebJson.write(body))));
  }

  /** A JSON request of any method with the CSRF header; a null body sends none. */
  HttpResponse<String> sendJson(String method, String path, Object body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(WebJson.write(body))));
  }

  /** A multipart upload as the import form sends it, with the CSRF field. */
  HttpResponse<String> upload(String format, String fileName, byte[] content) {
    return upload("/import", format, fileName, content);
  }

  /** The same upload sent to {@code path}, such as the API's {@code /api/import}. */
  HttpResponse<String> upload(String path, String format, String fileName, byte[] content) {
    return upload(path, format, fileName, content, Map.of());
  }

  /** The same upload with more of the form's fields, such as {@code me}. */
  HttpResponse<String> upload(
      String path, String format, String fileName, byte[] content, Map<String, String> fields) {
    String boundary = "needle-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "csrf", csrf());
    field(body, boundary, "format", format);
    fields.forEach((name, value) -> field(body, boundary, name, value));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("HX-Request", "true")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The address {@code serve} would print: the app's, with the local key. */
  String entry() {
    return base + "/?key=" + secret;
  }

  /** Sends {@code request} with the local key's cookie, as a browser that has visited does. */
  HttpResponse<String> send(HttpRequest.Builder request) {
    return sendRaw(request.header("Cookie", cookie()));
  }

  String cookie() {
    return "needle_key_" + URI.create(base).getPort() + "=" + secret;
  }

  /** Sends {@code request} as it is, without the local key. */
  HttpResponse<String> sendRaw(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(response.body(), e);
    }
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Override
  public void close() {
    app.stop();
  }
}
