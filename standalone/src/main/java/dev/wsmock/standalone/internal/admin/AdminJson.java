package dev.wsmock.standalone.internal.admin;

import com.fasterxml.jackson.core.JacksonException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.json.JsonCodec;

/**
 * Admin bodies in and out, always through records in {@code Json.plain()}; errors are {@link AdminError}, never a
 * stack trace.
 */
public final class AdminJson {
  private final JsonCodec json = Json.plain();

  /** The error body of every admin failure. */
  public record AdminError(String error, String message) {}

  /** The body of an admin success that has nothing else to say. */
  public record AdminMessage(String message) {}

  <T> T read(byte[] body, Class<T> type, String what) {
    if (body == null || body.length == 0) {
      throw new AdminProblem(400, "InvalidRequest", "the request body is empty; expected " + what);
    }
    try {
      T value = json.readerFor(type).readValue(body);
      if (value == null) {
        throw new AdminProblem(400, "InvalidRequest", "the request body is null; expected " + what);
      }
      return value;
    } catch (JacksonException e) {
      throw new AdminProblem(
          400, "InvalidRequest", "the request body is not " + what + ": " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  ResponseDefinition ok(Object body) {
    return json(200, body);
  }

  ResponseDefinition json(int status, Object body) {
    try {
      return raw(status, json.prettyWriter().writeValueAsBytes(body));
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }

  ResponseDefinition error(int status, String error, String message) {
    return json(status, new AdminError(error, message));
  }

  /** A body that already is JSON written by Jackson elsewhere (the state export). */
  static ResponseDefinition raw(int status, byte[] json) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(json)
        .build();
  }
}
