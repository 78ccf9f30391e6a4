package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request-size limit (1 MiB) holds for the bytes on the wire and for what decoding makes of them. WireMock read
 * every body whole and then inflated anything that looked like gzip without a bound: a 1 MiB gzip body became 1 GiB
 * in memory (RSS 107 MB to 5.9 GB; with {@code -Xmx512m} an HTML 500 {@code OutOfMemoryError}) before the pipeline's
 * 1 MiB check ran. What the server allocates is measured per thread ({@code ThreadMXBean}), not timed.
 */
class RequestBodyLimitsTests {
  private static final int LIMIT = 1 << 20;

  /** Bound on what refusing one hostile body may allocate, server and test client together. */
  private static final long ALLOCATION_BOUND = 64L << 20;

  private static WorkSpacesMock mock;

  /** 1 GiB of zeros, gzip-compressed to about 1 MB: under the wire limit, a thousand times over it inflated. */
  private static byte[] bomb;

  @BeforeAll
  static void start() {
    mock =
        WorkSpacesMock.builder()
            .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
            .start();
    bomb = gzipOfZeros(1L << 30);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void a_gzip_bomb_is_refused_413_without_ever_inflating_past_the_limit() {
    assertThat(bomb.length).isLessThan(LIMIT);
    byte[] request = post("Content-Encoding: gzip\r\n", bomb);

    long before = allocatedBytes();
    List<RawHttp.Response> answers =
        RawHttp.exchange(mock.port(), request, Duration.ofSeconds(60), false);
    long allocated = allocatedBytes() - before;

    System.out.printf(
        "[hardening] gzip bomb of %d bytes (1 GiB inflated): answered %d, %.1f MiB allocated%n",
        bomb.length, answers.get(0).status(), allocated / 1048576.0);
    answers.get(0).isAwsError();
    assertThat(answers.get(0).status()).isEqualTo(413);
    assertThat(answers.get(0).header("x-amzn-ErrorType"))
        .isEqualTo("RequestEntityTooLargeException");
    assertThat(answers.get(0).json().path("message").asText())
        .contains("decodes")
        .contains(Integer.toString(LIMIT));
    assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    assertThat(mock.journal().last()).get().extracting(RecordedCall::status).isEqualTo(413);
  }

  @Test
  void a_hundred_gzip_bombs_from_four_clients_allocate_little_and_leave_no_heap_behind()
      throws Exception {
    byte[] request = post("Content-Encoding: gzip\r\n", bomb);
    long heapBefore = usedHeapAfterGc();
    long before = allocatedBytes();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(
          clients.submit(
              () ->
                  RawHttp.exchange(mock.port(), request, Duration.ofSeconds(60), false)
                      .get(0)
                      .status()));
    }
    for (Future<Integer> status : statuses) {
      assertThat(status.get(120, TimeUnit.SECONDS)).isEqualTo(413);
    }
    clients.shutdown();
    long allocated = allocatedBytes() - before;
    long retained = usedHeapAfterGc() - heapBefore;

    System.out.printf(
        "[hardening] 100 gzip bombs (100 GiB inflated in all): %.1f MiB allocated, heap after GC %+.1f MiB%n",
        allocated / 1048576.0, retained / 1048576.0);
    assertThat(allocated).isLessThan(100 * 8L << 20);
    assertThat(retained).isLessThan(16L << 20);
  }

  @Test
  void a_gzip_bomb_without_content_encoding_is_held_to_the_same_limit() {
    // WireMock inflates any body that starts with gzip's magic bytes, header or not.
    long before = allocatedBytes();
    List<RawHttp.Response> answers =
        RawHttp.exchange(mock.port(), post("", bomb), Duration.ofSeconds(60), false);
    long allocated = allocatedBytes() - before;

    answers.get(0).isAwsError();
    assertThat(answers.get(0).status()).isEqualTo(413);
    assertThat(allocated).isLessThan(ALLOCATION_BOUND);
  }

  @Test
  void a_gzip_body_within_the_limit_is_decoded_and_served() {
    byte[] body =
        gzip(
            "{\"ImageIds\":[\"wsi-golden0001\"]}".getBytes(StandardCharsets.UTF_8),
            Deflater.BEST_SPEED);

    RawHttp.Response answer =
        RawHttp.exchange(
                mock.port(),
                post("Content-Encoding: gzip\r\n", body),
                Duration.ofSeconds(30),
                false)
            .get(0);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.json().path("Images").get(0).path("ImageId").asText())
        .isEqualTo("wsi-golden0001");
  }

  @Test
  void a_declared_length_over_the_limit_is_answered_413_without_waiting_for_the_body() {
    String firstBytes =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + aws()
            + "Content-Length: 1073741824\r\n\r\n{\"ImageIds\":["; // the rest of the gigabyte never
    // comes

    RawHttp.Response answer =
        RawHttp.firstAnswer(
            mock.port(), firstBytes.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));

    answer.isAwsError();
    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void a_chunked_body_is_refused_as_soon_as_it_passes_the_limit() {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + aws()
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] chunk = new byte[64 << 10];
    Arrays.fill(chunk, (byte) ' ');
    for (int i = 0; i < 768; i++) { // 48 MiB of whitespace, chunk by chunk
      request.writeBytes(
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      request.writeBytes(chunk);
      request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] bytes = request.toByteArray();

    long before = allocatedBytes();
    List<RawHttp.Response> answers =
        RawHttp.exchange(mock.port(), bytes, Duration.ofSeconds(60), false);
    long allocated = allocatedBytes() - before;

    answers.get(0).isAwsError();
    assertThat(answers.get(0).status()).isEqualTo(413);
    assertThat(allocated).isLessThan(ALLOCATION_BOUND);
  }

  private static String aws() {
    return "Content-Type: application/x-amz-json-1.1\r\n"
        + "X-Amz-Target: WorkspacesService.DescribeWorkspaceImages\r\n"
        + "Authorization: AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request,"
        + " SignedHeaders=host, Signature=00\r\n";
  }

  private static byte[] post(String extraHeaders, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + aws()
                + extraHeaders
                + "Content-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    return request.toByteArray();
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Bytes allocated so far by every live thread of this JVM (the mock's server threads among them). */
  static long allocatedBytes() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  static byte[] gzipOfZeros(long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      for (long written = 0; written < size; written += zeros.length) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] plain, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(level);
          }
        }) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
