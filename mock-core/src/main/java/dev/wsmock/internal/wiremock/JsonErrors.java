package dev.wsmock.internal.wiremock;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.protocol.ErrorResponses;
import dev.wsmock.internal.protocol.HttpAnswer;
import java.io.IOException;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * The two JSON formats of every answer that does not come from the model: AWS JSON 1.1 ({@code {"__type",
 * "message"}}, rendered by {@link ErrorResponses}) on the AWS endpoint, and the admin API's {@code {"error",
 * "message"}} under {@code /__admin}. Nothing below the model answers in HTML or with a stack trace.
 */
final class JsonErrors {
  static final String ADMIN_CONTENT_TYPE = "application/json";

  private final JsonCodec json;
  private final ErrorResponses responses;

  JsonErrors(JsonCodec json) {
    this.json = json;
    this.responses = new ErrorResponses(json);
  }

  /** The admin API's error body, as the standalone server's admin routes write it too. */
  record AdminError(@JsonProperty("error") String error, @JsonProperty("message") String message) {}

  HttpAnswer aws(ServiceError error) {
    return responses.error(error);
  }

  byte[] adminBody(String error, String message) {
    try {
      return json.writeBytes(new AdminError(error, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always serialize", e);
    }
  }

  static void write(HttpServletResponse response, HttpAnswer answer) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
    response.flushBuffer();
  }

  void writeAdmin(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    byte[] body = adminBody(error, message);
    response.setStatus(status);
    response.setContentType(ADMIN_CONTENT_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /**
   * The AWS error for an HTTP status Jetty or WireMock chose below the model. A 5xx caused by the client's bytes
   * (Jetty's {@code BadMessageException}, e.g. 505 for {@code HTTP/1.2}) is a client error and becomes 400; any other
   * 5xx is a defect and becomes {@code InternalFailure}.
   */
  static ServiceError awsError(int status, String reason, boolean clientCaused) {
    String message = reason == null || reason.isBlank() ? "HTTP " + status : reason;
    if (status >= 500 && !clientCaused) {
      return new ServiceError.InternalFailure(
          "The request processing has failed because of an unknown error (" + message + ").");
    }
    return switch (status) {
      case 404 ->
          new ServiceError.UnknownOperation(
              "Nothing answers this request: AWS JSON 1.1 accepts only POST / (" + message + ")",
              404);
      case 408 -> new ServiceError.RequestTimeout(message);
      case 413 -> new ServiceError.RequestEntityTooLarge(message);
      default ->
          new ServiceError.MalformedHttpRequest(
              status >= 400 && status < 500 ? status : 400,
              "The HTTP request is malformed: " + message);
    };
  }

  /** The admin API's error code for an HTTP status (see {@link #awsError} for which 5xx are the client's). */
  static String adminCode(int status, boolean clientCaused) {
    if (status >= 500 && !clientCaused) {
      return "InternalError";
    }
    return switch (status) {
      case 404 -> "NotFound";
      case 405 -> "MethodNotAllowed";
      case 408 -> "RequestTimeout";
      case 413 -> "RequestEntityTooLarge";
      default -> "InvalidRequest";
    };
  }

  static String printable(String text) {
    return text == null ? null : ContentCoding.printable(text);
  }
}
