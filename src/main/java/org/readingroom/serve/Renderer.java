package org.readingroom.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

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

  /** An error as a page, with its status. */
  void error(Context ctx, int status, String title, String message) {
    ctx.status(status);
    render(ctx, "error.jte", new ErrorPage(status, title, message));
  }
}
