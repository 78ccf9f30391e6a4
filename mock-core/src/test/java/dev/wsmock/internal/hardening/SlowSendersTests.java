package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.internal.wiremock.ServerOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Clients that send their headers and then trickle the body a byte at a time hold no server thread. Before, about
 * 18 of them blocked every request, the admin API's included: Jetty dispatches a request on its first body byte,
 * WireMock then read the body with a blocking read, and the server has 25 threads.
 */
class SlowSendersTests {
  private static final int SLOW_SENDERS = 200;

  /** A liveness bound for the normal calls, not a performance figure (that is printed, and is milliseconds). */
  private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

  static final String AWS_HEADERS =
      "Content-Type: application/x-amz-json-1.1\r\n"
          + "X-Amz-Target: WorkspacesService.DescribeWorkspaceImages\r\n"
          + "Authorization: AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request,"
          + " SignedHeaders=host, Signature=00\r\n";

  @Test
  void two_hundred_slow_senders_leave_the_server_free_for_sdk_calls_and_the_admin_api()
      throws Exception {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder()
                .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
                .start();
        Trickle trickle = Trickle.open(mock.port(), SLOW_SENDERS);
        WorkSpacesClient owner = client(mock)) {
      // Every slow sender's request has been dispatched (its first body byte is in) and is being
      // fed.
      await().atMost(Duration.ofSeconds(60)).until(() -> trickle.rounds() >= 2);

      long started = System.nanoTime();
      int images = owner.describeWorkspaceImages(r -> {}).images().size();
      Duration sdkCall = Duration.ofNanos(System.nanoTime() - started);
      started = System.nanoTime();
      RawHttp.Response admin =
          RawHttp.firstAnswer(
              mock.port(),
              ("GET /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1),
              ANSWERED_WITHIN);
      Duration adminCall = Duration.ofNanos(System.nanoTime() - started);

      System.out.printf(
          "[hardening] with %d slow senders connected: SDK call answered in %d ms, admin call in %d ms%n",
          SLOW_SENDERS, sdkCall.toMillis(), adminCall.toMillis());
      assertThat(images).isEqualTo(1);
      assertThat(admin.status()).isEqualTo(200);
      assertThat(trickle.failed()).as("slow senders the server cut off early").isZero();
    }
  }

  @Test
  void a_body_that_is_not_in_by_the_deadline_is_answered_408_and_recorded() {
    try (HardenedServer mock =
        HardenedServer.start(
            Seed.empty(), ServerOptions.defaults().withBodyReadDeadline(Duration.ofSeconds(1)))) {
      byte[] stalled =
          ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + AWS_HEADERS
                  + "Content-Length: 100\r\n\r\n{\"ImageIds\":[")
              .getBytes(StandardCharsets.ISO_8859_1);

      RawHttp.Response answer = RawHttp.firstAnswer(mock.port(), stalled, Duration.ofSeconds(30));

      answer.isAwsError();
      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("RequestTimeoutException");
      assertThat(mock.runtime.journal().last())
          .get()
          .extracting(RecordedCall::status)
          .isEqualTo(408);
    }
  }

  static WorkSpacesClient client(WorkSpacesMock mock) {
    return WorkSpacesClient.builder()
        .endpointOverride(mock.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "any")))
        .overrideConfiguration(o -> o.apiCallTimeout(ANSWERED_WITHIN))
        .build();
  }

  /** Connections that sent their headers and one body byte, fed one more byte each per round. */
  static final class Trickle implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread feeder;

    private Trickle(int port, int count) throws IOException {
      byte[] head =
          ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + AWS_HEADERS
                  + "Content-Length: 100000\r\n\r\n{")
              .getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.getOutputStream().write(head);
        socket.getOutputStream().flush();
        sockets.add(socket);
      }
      feeder = new Thread(this::feed, "slow-senders");
      feeder.setDaemon(true);
      feeder.start();
    }

    static Trickle open(int port, int count) {
      try {
        return new Trickle(port, count);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void feed() {
      while (!stop.get()) {
        for (Socket socket : sockets) {
          try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
          } catch (IOException closed) {
            failed.incrementAndGet();
          }
        }
        rounds.incrementAndGet();
        try {
          Thread.sleep(250); // the sender's own pace, a byte every quarter second
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    int rounds() {
      return rounds.get();
    }

    int failed() {
      return failed.get();
    }

    @Override
    public void close() throws IOException {
      stop.set(true);
      feeder.interrupt();
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
