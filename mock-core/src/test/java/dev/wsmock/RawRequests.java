package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Hand-made AWS JSON 1.1 requests, for what an SDK would never send. */
final class RawRequests {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI endpoint;

  RawRequests(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** A SigV4 {@code Authorization} header whose credential scope names {@code accessKeyId} and {@code region}. */
  static String authorization(String accessKeyId, String region) {
    return "AWS4-HMAC-SHA256 Credential="
        + accessKeyId
        + "/20260101/"
        + region
        + "/workspaces/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
        + "0".repeat(64);
  }

  /** What came back: status, headers and the body, parsed when it is JSON. */
  record Answer(int status, HttpResponse<byte[]> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String body() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body(), e);
      }
    }

    /** An AWS-format error: 4xx, both required headers, {@code __type} equal to {@code x-amzn-ErrorType}, a message. */
    Answer isAwsError() {
      assertThat(status).as("status of %s", body()).isBetween(400, 499);
      assertThat(header("x-amzn-RequestId")).as("x-amzn-RequestId").isNotBlank();
      assertThat(header("Content-Type")).isEqualTo(CONTENT_TYPE);
      JsonNode json = json();
      assertThat(json.path("__type").asText()).isNotBlank().isEqualTo(header("x-amzn-ErrorType"));
      assertThat(json.path("message").isTextual()).as("message in %s", body()).isTrue();
      assertThat(json.path("message").asText()).isNotBlank();
      return this;
    }

    String errorCode() {
      return header("x-amzn-ErrorType");
    }
  }

  /** POSTs {@code body} with the given headers (a {@code null} value leaves the header out). */
  Answer post(byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(
        (name, value) -> {
          if (value != null) {
            request.header(name, value);
          }
        });
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A well-formed call of {@code operation} by {@code accessKeyId} in {@code region}. */
  Answer call(String operation, String body, String accessKeyId, String region) {
    return post(
        body.getBytes(StandardCharsets.UTF_8),
        Map.of(
            "Content-Type",
            CONTENT_TYPE,
            "X-Amz-Target",
            Operation.TARGET_PREFIX + operation,
            "Authorization",
            authorization(accessKeyId, region)));
  }
}
