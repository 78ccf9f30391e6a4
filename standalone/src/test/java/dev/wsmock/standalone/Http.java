package dev.wsmock.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to the admin endpoints, with optional extra headers as name/value pairs. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static HttpResponse<String> get(URI endpoint, String path, String... headers)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET(), headers);
  }

  /** A POST with a JSON body, as the admin API requires ({@code Content-Type: application/json}). */
  static HttpResponse<String> post(URI endpoint, String path, String body, String... headers)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(endpoint.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  static HttpResponse<String> delete(URI endpoint, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(endpoint.resolve(path)).DELETE());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String... headers)
      throws IOException, InterruptedException {
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
