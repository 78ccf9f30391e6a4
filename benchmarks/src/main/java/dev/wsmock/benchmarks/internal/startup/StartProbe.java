package dev.wsmock.benchmarks.internal.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.net.URI;

/**
 * From nothing to the first answered request, for one server kind: the mock ({@code WorkSpacesMock.builder().start()})
 * or a bare {@code WireMockServer} with one static stub. The first request is raw HTTP (a DescribeWorkspaceImages
 * for an empty account), so no SDK class loading blurs the comparison. Run in a fresh JVM for the cold figure
 * ({@link #main}), or in a warm one.
 */
public final class StartProbe {
  /** What a bare WireMock answers: the mock's own answer to the same request on an empty state. */
  static final byte[] EMPTY_PAGE = emptyPage();

  private StartProbe() {}

  private static byte[] emptyPage() {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode page = json.createObjectNode();
    page.putArray("Images");
    try {
      return json.writeValueAsBytes(page);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Server kind; the answer printed is {@code startNanos firstRequestNanos}. */
  public static void main(String[] args) {
    long[] timing = measure(args[0]);
    System.out.println("probe " + timing[0] + " " + timing[1]);
  }

  /** Nanoseconds to start, and from start to the first answer. The server is stopped again. */
  public static long[] measure(String kind) {
    WireRequest first =
        WireRequest.of("DescribeWorkspaceImages", Seeds.OWNER, Seeds.REGION, WireRequest.members());
    long started = System.nanoTime();
    AutoCloseable server;
    URI endpoint;
    if ("mock".equals(kind)) {
      WorkSpacesMock mock = WorkSpacesMock.builder().start();
      server = mock;
      endpoint = mock.endpoint();
    } else {
      WireMockServer wireMock =
          new WireMockServer(
              WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
      wireMock.start();
      wireMock.stubFor(
          post(urlEqualTo("/"))
              .withHeader("X-Amz-Target", equalTo(first.target()))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/x-amz-json-1.1")
                      .withBody(EMPTY_PAGE)));
      server = wireMock::stop;
      endpoint = URI.create("http://127.0.0.1:" + wireMock.port());
    }
    long up = System.nanoTime();
    try (RawConnection connection = new RawConnection(endpoint)) {
      RawConnection.Response response = connection.exchange(first);
      if (response.status() != 200) {
        throw new IllegalStateException(kind + " answered " + response.status());
      }
    }
    long answered = System.nanoTime();
    try {
      server.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new long[] {up - started, answered - up};
  }
}
