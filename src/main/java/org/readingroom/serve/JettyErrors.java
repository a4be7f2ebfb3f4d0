package org.readingroom.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before a request reaches the reading room: a request it cannot
 * read (400), a URI too long (414), headers too large (431), a server too busy. Said as the API says
 * errors, {@code {"status": 414, "error": "..."}}: for a request Jetty could not read there is no
 * path to tell an API call from a page, and a line of JSON reads well enough in a browser.
 */
final class JettyErrors extends ErrorHandler {

  JettyErrors() {
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
    return ByteBuffer.wrap(json(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(json(code, message));
  }

  private static byte[] json(int status, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    body.put("error", why);
    try {
      return Api.JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
