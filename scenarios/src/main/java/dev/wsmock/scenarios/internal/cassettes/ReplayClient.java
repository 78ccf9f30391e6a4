package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.WorkSpacesMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Sends recorded requests to an endpoint as AWS JSON 1.1. Without credentials it writes only the credential scope,
 * the cassette's account as the access key: a mock reads the account from it and the region from the scope and does
 * not verify signatures by default. With credentials each request is signed (SigV4, as the recording proxy signs)
 * for the endpoint's host and the exchange's region, which a real endpoint requires.
 */
public final class ReplayClient {
  private static final String DEFAULT_REGION = "us-east-1";

  private final URI endpoint;
  private final AwsCredentialsProvider credentials;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The endpoint's answer: status, error code as botocore would read it, body. */
  public record Answer(int status, String errorCode, JsonNode body) {}

  public ReplayClient(URI endpoint) {
    this(endpoint, null);
  }

  /** {@code credentials} null: unsigned, scope only (a mock); else signed with them. */
  public ReplayClient(URI endpoint, AwsCredentialsProvider credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  public Answer send(String operation, String accountId, String region, JsonNode request) {
    String scopeRegion = region == null ? DEFAULT_REGION : region;
    byte[] body = CassetteJson.text(request).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder call =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (credentials == null) {
      String accessKey = accountId == null ? WorkSpacesMock.DEFAULT_ACCOUNT_ID : accountId;
      call.header("Content-Type", "application/x-amz-json-1.1")
          .header("X-Amz-Target", "WorkspacesService." + operation)
          .header(
              "Authorization",
              "AWS4-HMAC-SHA256 Credential="
                  + accessKey
                  + "/20260101/"
                  + scopeRegion
                  + "/workspaces/aws4_request, SignedHeaders=host, Signature=0");
    } else {
      signed(operation, scopeRegion, body).forEach((name, values) -> addHeader(call, name, values));
    }
    try {
      HttpResponse<byte[]> response =
          http.send(call.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode answer = CassetteJson.body(response.body());
      String code = null;
      if (response.statusCode() >= 300) {
        String type =
            answer
                .path("__type")
                .asText(response.headers().firstValue("x-amzn-ErrorType").orElse(""));
        code = type.substring(type.lastIndexOf('#') + 1);
      }
      return new Answer(response.statusCode(), code, answer);
    } catch (IOException e) {
      throw new UncheckedIOException("replay of " + operation + " to " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during replay", e);
    }
  }

  private Map<String, List<String>> signed(String operation, String region, byte[] body) {
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", "application/x-amz-json-1.1")
            .putHeader("X-Amz-Target", "WorkspacesService." + operation)
            .build();
    return ProxySigner.sign(signer, credentials, unsigned, body, region).headers();
  }

  private static void addHeader(HttpRequest.Builder call, String name, List<String> values) {
    // The JDK client writes Host (and Content-Length) itself, from the same URI that was signed.
    if (name.equalsIgnoreCase("host") || name.equalsIgnoreCase("content-length")) {
      return;
    }
    values.forEach(v -> call.header(name, v));
  }
}
