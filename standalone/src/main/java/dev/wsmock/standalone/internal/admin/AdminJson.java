package dev.wsmock.standalone.internal.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Admin bodies in and out, always through Jackson records; errors are {@link AdminError}, never a stack trace. */
public final class AdminJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  /** The error body of every admin failure. */
  public record AdminError(String error, String message) {}

  /** The body of an admin success that has nothing else to say. */
  public record AdminMessage(String message) {}

  <T> T read(byte[] body, Class<T> type, String what) {
    if (body == null || body.length == 0) {
      throw new AdminProblem(400, "InvalidRequest", "the request body is empty; expected " + what);
    }
    try {
      T value = mapper.readValue(body, type);
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
      return raw(status, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
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
