package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place where answers are rendered: status, {@code x-amzn-RequestId}, {@code x-amzn-ErrorType} equal to the
 * body's {@code __type} (SDK v2 reads the header first, boto3 only the body) and {@code {"__type", "message"}}.
 */
public final class ErrorResponses {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private final JsonCodec json;

  public ErrorResponses(JsonCodec json) {
    this.json = json;
  }

  /** The body of an error, as AWS JSON 1.1 writes it. */
  public record ErrorBody(
      @com.fasterxml.jackson.annotation.JsonProperty("__type") String type,
      @com.fasterxml.jackson.annotation.JsonProperty("message") String message) {}

  public HttpAnswer error(ServiceError error) {
    Map<String, String> headers = baseHeaders();
    headers.put("x-amzn-ErrorType", error.code());
    return new HttpAnswer(
        error.httpStatus(),
        headers,
        write(new ErrorBody(error.code(), error.message())),
        error.code(),
        error.message());
  }

  public HttpAnswer success(Object output) {
    return new HttpAnswer(200, baseHeaders(), write(output), null, null);
  }

  private Map<String, String> baseHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("x-amzn-RequestId", requestId());
    return headers;
  }

  /**
   * A version-4 UUID, the form of AWS's request ids. Unique is all it needs to be, not unguessable, so it comes from
   * {@link ThreadLocalRandom} rather than {@code UUID.randomUUID()}'s shared {@code SecureRandom}.
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~0xC000000000000000L) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }

  private byte[] write(Object value) {
    try {
      return json.writeBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("wire shapes always serialize", e);
    }
  }
}
