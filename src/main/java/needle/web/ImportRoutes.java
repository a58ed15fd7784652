package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.imports.ImportOptions;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.imports.formats.Importers;
import needle.scoring.Policy;

/**
 * The import page: upload a file in any registered format; it is written in one transaction as it
 * is read, and the page shows the summary or the first error with its FILE:LINE.
 */
final class ImportRoutes {
  private final Requests requests;

  ImportRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/import", this::page);
    routes.post("/import", this::upload);
  }

  private void page(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", requests.page(ctx, "Import", "import"));
    params.put("formats", Importers.all());
    params.put("maxMb", requests.setup().maxUploadBytes() / (1024 * 1024));
    Views.html(ctx, "import.jte", params);
  }

  private void upload(Context ctx) {
    if (ctx.contentLength() > requests.setup().maxUploadBytes()) {
      throw new UploadTooLarge(requests.setup().maxUploadBytes());
    }
    Importers.Format format = format(ctx.formParam("format"));
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename() == null || file.filename().isBlank()) {
      throw new NeedleException("choose a file to import (expected " + format.expects() + ")");
    }
    String name = baseName(file.filename());
    if (!format.accepts(name)) {
      throw new NeedleException(
          name
              + " is not "
              + format.expects()
              + ": expected a file ending in ."
              + String.join(" or .", format.extensions()));
    }
    ImportResult result = importFile(ctx, format, file, name);
    Views.html(ctx, "fragments/importResult.jte", Map.of("result", result, "file", name));
  }

  private ImportResult importFile(
      Context ctx, Importers.Format format, UploadedFile file, String name) {
    Path folder = createFolder();
    try {
      Path copy = folder.resolve(name);
      try (InputStream in = file.content()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      requireText(copy, name, format);
      try {
        return new ImportWriter(requests.ledger(ctx))
            .write(format.reader().read(copy, options(ctx)));
      } catch (NeedleException e) {
        // The reader names the temporary copy; the person knows the file by its own name.
        throw new NeedleException(e.getMessage().replace(folder + java.io.File.separator, ""), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteFolder(folder);
    }
  }

  /** A NUL byte early on means a binary file (a PDF, a spreadsheet), not the text expected. */
  private static void requireText(Path copy, String name, Importers.Format format)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(copy)) {
      head = in.readNBytes(8192);
    }
    for (byte b : head) {
      if (b == 0) {
        throw new NeedleException(
            name + " is a binary file, not " + format.expects() + " (export it as CSV first)");
      }
    }
  }

  private ImportOptions options(Context ctx) {
    Policy.GroupMeetings group = requests.setup().scoring().policy().groupMeetings();
    String me = ctx.formParam("me");
    List<String> mine =
        me == null
            ? List.of()
            : Arrays.stream(me.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    return new ImportOptions(
        mine, requests.today(), group.mode(), group.maxOthers(), Progress.NONE);
  }

  private static Importers.Format format(String name) {
    return Importers.find(name)
        .orElseThrow(
            () ->
                new NeedleException(
                    "unknown format \""
                        + name
                        + "\" (expected "
                        + String.join(
                            ", ", Importers.all().stream().map(Importers.Format::name).toList())
                        + ")"));
  }

  /** The file's own name without any folders a browser may send, safe to use as a file name. */
  static String baseName(String uploaded) {
    String name =
        uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
    String safe = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return safe.isBlank() || safe.startsWith(".") ? "upload" + safe : safe;
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("needle-upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFolder(Path folder) {
    try (var paths = Files.list(folder)) {
      for (Path p : paths.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
