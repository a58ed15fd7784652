package needle.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import needle.app.Json;
import needle.web.auth.SessionAccess;

/** The web app: wires each feature's routes, static assets, the guard and error handling. */
public final class WebApp {
  /** A registered route, e.g. {@code GET /api/people/{id}}. */
  public record Route(String method, String path) {}

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action"
          + " 'self'";

  private final Javalin javalin;
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

  private WebApp(Setup setup) {
    this.javalin = Javalin.create(config -> configure(config, setup));
  }

  public static WebApp create(Setup setup) {
    return new WebApp(setup);
  }

  /** Starts serving on {@code host}; port 0 picks a free one. Returns the port in use. */
  public int start(String host, int port) {
    javalin.start(host, port);
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }

  /** Every route the app registered, in order. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * Every response but a static asset is {@code no-store}, so that no page or API answer (notes
   * about people) stays in the browser's cache after logout; over HTTPS, browsers are told to keep
   * to HTTPS (HSTS).
   */
  private static void headers(Context ctx, TrustedProxies proxies) {
    ctx.header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
    if (!isStatic(ctx.path())) {
      ctx.header("Cache-Control", "no-store");
    }
    if (proxies.https(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  /**
   * Where the dashboard loads ECharts from, laid out as the webjars are. It comes from npm as mvnpm
   * repackages it (the webjar stops at 5.3.1), in a jar without folder entries, which a
   * static-files folder cannot be served from: this one file is served by a route.
   */
  static final String ECHARTS = "/webjars/echarts/5.6.0/dist/echarts.min.js";

  private static final String ECHARTS_RESOURCE =
      "/META-INF/resources/_static/echarts/5.6.0/dist/echarts.min.js";

  private static void echarts(io.javalin.http.Context ctx) {
    java.io.InputStream script = WebApp.class.getResourceAsStream(ECHARTS_RESOURCE);
    if (script == null) {
      throw new io.javalin.http.NotFoundResponse();
    }
    ctx.header("Cache-Control", "max-age=31536000, immutable")
        .contentType("text/javascript; charset=utf-8")
        .result(script);
  }

  static boolean isStatic(String path) {
    return path.startsWith("/static/") || path.startsWith("/webjars/");
  }

  private void configure(JavalinConfig config, Setup setup) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    config.jsonMapper(new JavalinJackson(Json.mapper(), false));
    config.http.maxRequestSize = setup.maxUploadBytes();
    config.jetty.multipartConfig.maxFileSize(setup.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(setup.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/webjars";
          files.directory = "/META-INF/resources/webjars";
          files.location = Location.CLASSPATH;
          files.headers.put("Cache-Control", "max-age=31536000, immutable");
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/needle/web/static";
          files.location = Location.CLASSPATH;
          files.headers.put("Cache-Control", "max-age=3600");
        });
    config.events.handlerAdded(
        info -> routes.add(new Route(info.getHttpMethod().name(), info.getPath())));
    Guard guard = new Guard(setup);
    Requests requests = new Requests(setup);
    TrustedProxies proxies = setup.proxies();
    // Headers first, so that a gate's or a guard's refusal carries them too.
    config.routes.before(ctx -> headers(ctx, proxies));
    LoginRoutes login =
        setup.needsLogin()
            ? new LoginRoutes((SessionAccess) setup.access(), proxies, setup.clock())
            : null;
    if (login != null) {
      login.registerGate(config.routes);
    }
    // A rebound page is refused for its Host before anything else is said to it.
    config.routes.before(guard::check);
    if (setup.needsSecret()) {
      new LocalKey(setup.secret()).registerGate(config.routes);
    }
    Failures.register(config.routes, setup.maxUploadBytes());
    if (login != null) {
      login.register(config.routes);
    }
    config.routes.get(ECHARTS, WebApp::echarts);
    new DashboardRoutes(requests).register(config.routes);
    new PersonRoutes(requests).register(config.routes);
    new EditRoutes(requests).register(config.routes);
    new AskRoutes(requests).register(config.routes);
    // Before the API's asks, whose /api/asks/{id} would take "review" for an id.
    new MailAskRoutes(requests).register(config.routes);
    new DupesRoutes(requests).register(config.routes);
    new ImportRoutes(requests).register(config.routes);
    new SettingsRoutes(requests).register(config.routes);
    new UndoRoutes(requests).register(config.routes);
    new MeRoutes(requests).register(config.routes);
    new CalendarRoutes(requests).register(config.routes);
    new ApiRoutes(requests).register(config.routes);
    new ApiAskRoutes(requests).register(config.routes);
    new ApiEditRoutes(requests).register(config.routes);
  }
}
