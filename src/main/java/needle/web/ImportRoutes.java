package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.app.ImportSummary;
import needle.app.Imports;

/**
 * The import page: upload a file in any registered format; the import use case writes it in one
 * transaction as it is read, and the page shows the summary or the first error with its FILE:LINE.
 */
final class ImportRoutes {
  private final Requests requests;

  ImportRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/import", this::page);
    routes.post("/import", this::upload);
    routes.post("/api/import", this::uploadForApi);
  }

  /** The API's answer: the summary's counts and its first warnings, as JSON. */
  private void uploadForApi(Context ctx) {
    Imports.Uploaded done = uploaded(ctx);
    ctx.json(ImportSummary.of(done.name(), done.result()));
  }

  private void page(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Import", "import"));
    params.put("formats", Imports.formats());
    params.put("maxMb", requests.setup().maxUploadBytes() / (1024 * 1024));
    Views.html(ctx, "import.jte", params);
  }

  private void upload(Context ctx) {
    Imports.Uploaded done = uploaded(ctx);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("result", done.result());
    params.put("file", done.name());
    params.put("guessed", done.guessed() == null ? null : Imports.guessTold(done.guessed()));
    Views.html(ctx, "fragments/importResult.jte", params);
  }

  /** The file uploaded, imported. */
  private Imports.Uploaded uploaded(Context ctx) {
    if (ctx.contentLength() > requests.setup().maxUploadBytes()) {
      throw new UploadTooLarge(requests.setup().maxUploadBytes());
    }
    UploadedFile file = ctx.uploadedFile("file");
    return Imports.upload(
        requests.scope(ctx),
        ctx.formParam("format"),
        file == null ? null : file.filename(),
        file == null ? null : file::content,
        owner(ctx));
  }

  /** Whoever uploads: on a server others share, their upload's work is capped. */
  private Imports.Owner owner(Context ctx) {
    Imports.Owner owner = Imports.Owner.of(me(ctx));
    return requests.setup().needsLogin() ? owner.sharing() : owner;
  }

  /** The owner's addresses, as typed: separated by commas, semicolons or spaces. */
  private static List<String> me(Context ctx) {
    String me = ctx.formParam("me");
    return me == null
        ? List.of()
        : Arrays.stream(me.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
