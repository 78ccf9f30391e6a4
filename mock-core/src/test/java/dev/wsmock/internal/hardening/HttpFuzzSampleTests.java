package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.internal.protocol.RequestPipeline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A smaller sample of the contract fuzz sent over real HTTP (WireMock, Jetty and the SDK-facing headers included),
 * with {@code checkInvariantsAfterEveryCall} on, so a broken invariant would surface as a 5xx here.
 */
class HttpFuzzSampleTests {
  private static final int REQUESTS = 400;

  /** Headers java.net.http refuses to set; the in-process fuzz covers them. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  @Test
  void generated_requests_over_http_never_get_a_5xx_and_errors_are_aws_format() throws Exception {
    WorkSpacesMock started =
        WorkSpacesMock.builder()
            .seed(FuzzSeeds.standard())
            .idSeed(3)
            .checkInvariantsAfterEveryCall(true)
            .start();
    Random random = new Random(20261126L);
    int sent = 0;
    int unsendable = 0;
    int refusedByJetty = 0;
    try (WorkSpacesMock mock = started) {
      HttpClient http = HttpClient.newHttpClient();
      for (int n = 0; n < REQUESTS; n++) {
        if (n % 8 == 0) {
          mock.reset();
        }
        FuzzRequest request =
            FuzzRequest.generate(
                ContractFuzzTests.CONTRACT, random, RequestPipeline.DEFAULT_MAX_BODY_BYTES);
        HttpRequest.Builder builder;
        try {
          builder =
              HttpRequest.newBuilder(URI.create(mock.endpoint() + request.call().path()))
                  .method(
                      request.call().method(),
                      HttpRequest.BodyPublishers.ofByteArray(request.call().body()));
          for (var header : request.call().headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
              builder.header(header.getKey(), header.getValue());
            }
          }
        } catch (IllegalArgumentException e) {
          unsendable++; // a path or header value HTTP itself cannot carry (CR, LF, NUL)
          continue;
        }
        HttpResponse<byte[]> response =
            http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        sent++;
        assertThat(response.statusCode()).as("status for %s", request).isBetween(200, 499);
        if (request.mustFail()) {
          assertThat(response.statusCode()).as("refused: %s", request).isGreaterThanOrEqualTo(400);
        }
        if (request.call().path().contains("..")) {
          // Jetty refuses an ambiguous path itself, before WireMock or the mock see it; the guarded
          // server still answers in AWS's format (checked below)
          assertThat(response.statusCode()).isEqualTo(400);
          refusedByJetty++;
        }
        if (response.statusCode() >= 400) {
          String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
          assertThat(text)
              .as("error body for %s (status %d)", request, response.statusCode())
              .startsWith("{");
          JsonNode error = InProcess.JSON.readTree(response.body());
          assertThat(error.path("__type").isTextual()).as("%s for %s", error, request).isTrue();
          assertThat(response.headers().firstValue("x-amzn-ErrorType"))
              .hasValue(error.path("__type").asText());
          assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        }
      }
    }
    System.out.printf(
        "[hardening] contract fuzz over HTTP: %d requests sent, 0 5xx, invariants verified after each"
            + " (%d not expressible in HTTP, %d ambiguous paths refused by Jetty, in AWS's format)%n",
        sent, unsendable, refusedByJetty);
    assertThat(sent).isGreaterThan(REQUESTS * 3 / 4);
  }
}
