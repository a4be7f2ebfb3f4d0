package org.readingroom.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the reading room's pages from their precompiled jte templates, which HTML-escape every
 * value: whatever a document's text holds reaches a page as text.
 */
final class Renderer {

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** A template with several parameters, by name; those not given take their defaults. */
  void render(Context ctx, String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput();
    templates.render(template, parameters, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /**
   * A 503 page when the archive's analysis cannot be read (a damaged file): true when it said so,
   * and the page that needs people or threads has nothing more to do.
   */
  boolean unavailable(Context ctx, org.readingroom.analysis.ArchiveAnalysis a) {
    if (a.problem() == null) {
      return false;
    }
    error(ctx, 503, "People and threads unavailable", ServedArchive.unavailable(a.problem()));
    return true;
  }

  /** An error as a page, with its status. */
  void error(Context ctx, int status, String title, String message) {
    ctx.status(status);
    render(ctx, "error.jte", new ErrorPage(status, title, message));
  }
}
