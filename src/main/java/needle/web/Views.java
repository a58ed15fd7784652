package needle.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates; {@code ${}} in them is escaped for its HTML context. */
final class Views {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Views() {}

  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }

  static void html(Context ctx, String template, Map<String, Object> params) {
    ctx.html(render(template, params));
  }

  /** A page rendered before, as its UTF-8 bytes. */
  static void html(Context ctx, byte[] page) {
    ctx.contentType(io.javalin.http.ContentType.TEXT_HTML).result(page);
  }
}
