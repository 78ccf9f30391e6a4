package dev.wsmock.internal.wiremock;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.protocol.HttpAnswer;
import java.io.IOException;
import java.nio.ByteBuffer;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages, in JSON: for requests Jetty could not parse ({@link #badMessageError}, always the AWS format,
 * since there may be no path to tell the admin API by), and for errors while a context served a request (the AWS
 * format on the AWS endpoint, the admin format under {@code /__admin}). Jetty's own pages are HTML, and its 500s
 * carried Java stack traces.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final JsonErrors errors;
  private final boolean admin;

  private JsonErrorHandler(JsonErrors errors, boolean admin) {
    this.errors = errors;
    this.admin = admin;
    setShowStacks(false);
    setShowServlet(false);
  }

  /** For the server and the AWS endpoint's context. */
  static JsonErrorHandler aws(JsonErrors errors) {
    return new JsonErrorHandler(errors, false);
  }

  /** For the {@code /__admin} context. */
  static JsonErrorHandler admin(JsonErrors errors) {
    return new JsonErrorHandler(errors, true);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      BadMessageException bad = badMessage(cause);
      int status = bad != null ? bad.getCode() : response.getStatus();
      String reason =
          JsonErrors.printable(
              bad != null
                  ? bad.getReason()
                  : (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
      boolean clientCaused = bad != null;
      response.reset();
      if (admin) {
        int shown = clientCaused && status >= 500 ? 400 : status;
        errors.writeAdmin(
            response,
            shown,
            JsonErrors.adminCode(status, clientCaused),
            reason == null ? "HTTP " + shown : reason);
      } else {
        JsonErrors.write(response, errors.aws(JsonErrors.awsError(status, reason, clientCaused)));
      }
    } finally {
      baseRequest.setHandled(true);
    }
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ServiceError error = JsonErrors.awsError(status, JsonErrors.printable(reason), true);
    HttpAnswer answer = errors.aws(error);
    answer.headers().forEach((name, value) -> fields.put(name, value));
    fields.put(HttpHeader.CONNECTION, "close");
    return ByteBuffer.wrap(answer.body());
  }

  private static BadMessageException badMessage(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BadMessageException bad) {
        return bad;
      }
    }
    return null;
  }
}
