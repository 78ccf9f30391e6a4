package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.WorkSpacesMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends recorded requests to a mock as AWS JSON 1.1. The mock reads the account from the access key and the region
 * from the credential scope and does not verify signatures by default, so the scope is all this writes.
 */
public final class ReplayClient {
  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The mock's answer: status, error code as botocore would read it, body. */
  public record Answer(int status, String errorCode, JsonNode body) {}

  public ReplayClient(URI endpoint) {
    this.endpoint = endpoint;
  }

  public Answer send(String operation, String accountId, String region, JsonNode request) {
    String accessKey = accountId == null ? WorkSpacesMock.DEFAULT_ACCOUNT_ID : accountId;
    HttpRequest call =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "WorkspacesService." + operation)
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + accessKey
                    + "/20260101/"
                    + (region == null ? "us-east-1" : region)
                    + "/workspaces/aws4_request, SignedHeaders=host, Signature=0")
            .POST(HttpRequest.BodyPublishers.ofString(CassetteJson.text(request)))
            .build();
    try {
      HttpResponse<byte[]> response = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = CassetteJson.body(response.body());
      String code = null;
      if (response.statusCode() >= 300) {
        String type =
            body.path("__type")
                .asText(response.headers().firstValue("x-amzn-ErrorType").orElse(""));
        code = type.substring(type.lastIndexOf('#') + 1);
      }
      return new Answer(response.statusCode(), code, body);
    } catch (IOException e) {
      throw new UncheckedIOException("replay of " + operation + " to " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during replay", e);
    }
  }
}
