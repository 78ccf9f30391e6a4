package dev.wsmock.internal.wiremock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import wiremock.jakarta.servlet.ServletOutputStream;
import wiremock.jakarta.servlet.WriteListener;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * WireMock's admin API answers an unknown route or id with a bare 404 and no body. This response holds back the
 * body of an error status until the request is done ({@link #finish}), and writes the admin API's JSON error in
 * place of an empty one. Only small error bodies are held: past {@link #HELD_AT_MOST} they pass straight through.
 */
final class EmptyErrorsAsJson extends HttpServletResponseWrapper {
  private static final int HELD_AT_MOST = 64 << 10;

  private final JsonErrors errors;
  private int status = SC_OK;
  private ByteArrayOutputStream held;
  private boolean passedThrough;

  EmptyErrorsAsJson(HttpServletResponse response, JsonErrors errors) {
    super(response);
    this.errors = errors;
  }

  @Override
  public void setStatus(int sc) {
    super.setStatus(sc);
    status = sc;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (status < 400 || passedThrough) {
      return super.getOutputStream();
    }
    if (held == null) {
      held = new ByteArrayOutputStream();
    }
    return new ServletOutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (passedThrough) {
          EmptyErrorsAsJson.super.getOutputStream().write(bytes, offset, length);
        } else if (held.size() + length > HELD_AT_MOST) {
          passedThrough = true;
          ServletOutputStream out = EmptyErrorsAsJson.super.getOutputStream();
          held.writeTo(out);
          out.write(bytes, offset, length);
        } else {
          held.write(bytes, offset, length);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new IllegalStateException("admin answers are written blocking");
      }
    };
  }

  /** Sends what was held back: the body WireMock wrote, or the admin JSON error if it wrote none. */
  void finish() throws IOException {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (passedThrough || response.isCommitted() || status < 400) {
      return;
    }
    if (held == null || held.size() == 0) {
      errors.writeAdmin(
          response,
          status,
          JsonErrors.adminCode(status, false),
          status == SC_NOT_FOUND ? "no such admin route or resource" : "HTTP " + status);
    } else {
      response.setContentLength(held.size());
      held.writeTo(response.getOutputStream());
      response.flushBuffer();
    }
  }
}
