package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.journal.CallLog;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/** The journal stays within its bound and says so; hostile sizes and depths get a 4xx, never an Error. */
class BoundedMemoryTests {
  private static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-golden0001",
              "111111111111",
              "us-east-1",
              i -> i.name("golden").sharedWith("222222222222"))
          .build();

  private static HttpCall describePermissions(String account) {
    return InProcess.call(
        "DescribeWorkspaceImagePermissions",
        account,
        "us-east-1",
        InProcess.body(b -> b.put("ImageId", "wsi-golden0001")));
  }

  @Test
  void a_full_journal_drops_the_oldest_calls_and_counts_them() {
    MockRuntime mock =
        InProcess.runtime(SEED, Clock.fixed(InProcess.T0, ZoneOffset.UTC), Duration.ZERO, 100);
    for (int i = 0; i < 250; i++) {
      mock.serve(describePermissions("111111111111"));
    }
    CallLog journal = mock.journal();
    assertThat(journal.size()).isEqualTo(100);
    assertThat(journal.dropped()).isEqualTo(150);
    assertThat(journal.all()).extracting(RecordedCall::sequence).first().isEqualTo(151L);
    assertThat(journal.timeline())
        .startsWith("(150 older calls dropped; journal bound 100 calls, 32 MiB)");
    mock.reset();
    assertThat(journal.dropped()).isZero();
  }

  @Test
  void
      sixteen_threads_of_ten_thousand_calls_lose_no_journal_entry_and_journal_order_is_sequence_order()
          throws Exception {
    int threads = 16;
    int perThread = 10_000;
    MockRuntime mock =
        InProcess.runtime(
            SEED,
            Clock.fixed(InProcess.T0, ZoneOffset.UTC),
            Duration.ZERO,
            threads * perThread,
            Long.MAX_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String account = String.format("%012d", 900_000_000_000L + t);
        done.add(
            pool.submit(
                () -> {
                  HttpCall call = describePermissions(account);
                  int refused = 0;
                  for (int i = 0; i < perThread; i++) {
                    HttpAnswer answer = mock.serve(call);
                    refused +=
                        answer.isSuccess()
                            ? 0
                            : 1; // not the owner: ResourceNotFound, still a journaled call
                  }
                  return refused;
                }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(perThread);
      }
    } finally {
      pool.shutdown();
    }
    List<RecordedCall> calls = mock.journal().all();
    long lost = (long) threads * perThread - calls.size();
    System.out.printf(
        "[hardening] journal under load: %d threads x %d calls, %d entries held, %d lost, %d dropped%n",
        threads, perThread, calls.size(), lost, mock.journal().dropped());
    assertThat(lost).isZero();
    assertThat(mock.journal().dropped()).isZero();
    // The sequence is assigned in the same step as the append: the journal's order is its sequence
    // order.
    assertThat(calls)
        .extracting(RecordedCall::sequence)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, (long) threads * perThread).boxed().toList());
    Set<Long> sequences = calls.stream().map(RecordedCall::sequence).collect(Collectors.toSet());
    assertThat(sequences)
        .hasSize(threads * perThread)
        .isEqualTo(
            LongStream.rangeClosed(1, (long) threads * perThread)
                .boxed()
                .collect(Collectors.toSet()));
    Map<String, Long> perAccount =
        calls.stream()
            .collect(Collectors.groupingBy(RecordedCall::accountId, Collectors.counting()));
    assertThat(perAccount)
        .hasSize(threads)
        .allSatisfy((account, count) -> assertThat(count).isEqualTo((long) perThread));
  }

  @Test
  void retained_memory_with_the_journal_at_its_default_bound_is_flat() {
    MockRuntime mock =
        InProcess.runtime(
            SEED,
            Clock.fixed(InProcess.T0, ZoneOffset.UTC),
            Duration.ZERO,
            CallJournal.DEFAULT_CAPACITY);
    HttpCall share =
        InProcess.call(
            "UpdateWorkspaceImagePermission",
            "111111111111",
            "us-east-1",
            InProcess.body(
                b ->
                    b.put("ImageId", "wsi-golden0001")
                        .put("SharedAccountId", "333333333333")
                        .put("AllowCopyImage", true)));
    for (int i = 0; i < CallJournal.DEFAULT_CAPACITY; i++) {
      mock.serve(share);
    }
    long atBound = GraphLayout.parseInstance(mock.journal()).totalSize();
    for (int i = 0; i < 2 * CallJournal.DEFAULT_CAPACITY; i++) {
      mock.serve(share);
    }
    long afterTripleTheCalls = GraphLayout.parseInstance(mock.journal()).totalSize();
    System.out.printf(
        "[hardening] journal retained at its bound of %d calls: %d bytes (%.1f MiB, %d bytes/call);"
            + " after 3x the bound: %d bytes%n",
        CallJournal.DEFAULT_CAPACITY,
        atBound,
        atBound / 1048576.0,
        atBound / CallJournal.DEFAULT_CAPACITY,
        afterTripleTheCalls);
    assertThat(mock.journal().size()).isEqualTo(CallJournal.DEFAULT_CAPACITY);
    assertThat(mock.journal().dropped()).isEqualTo(2L * CallJournal.DEFAULT_CAPACITY);
    assertThat(afterTripleTheCalls).isBetween(atBound * 9 / 10, atBound * 11 / 10);
    assertThat(atBound).as("a 10,000-call journal stays well under 64 MiB").isLessThan(64L << 20);
  }

  @Test
  void
      json_nested_far_beyond_the_depth_limit_is_a_SerializationException_not_a_StackOverflowError() {
    MockRuntime mock = InProcess.runtime(SEED);
    byte[] deep = new byte[(1 << 20) - 16];
    Arrays.fill(deep, (byte) '[');
    byte[] deepObject =
        ("{\"ImageId\":" + "{\"a\":".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    for (byte[] body :
        List.of(deep, Arrays.copyOf(deepObject, Math.min(deepObject.length, (1 << 20) - 16)))) {
      HttpAnswer answer =
          mock.serve(
              new HttpCall(
                  "POST",
                  "/",
                  InProcess.headers("DescribeWorkspaceImages", "111111111111", "us-east-1"),
                  body));
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("SerializationException");
    }
    assertThat(Json.MAX_NESTING_DEPTH).isEqualTo(64);
  }

  @Test
  void a_body_over_the_limit_is_refused_with_413_in_process_and_over_http() throws Exception {
    MockRuntime runtime = InProcess.runtime(SEED);
    byte[] oversized = new byte[(1 << 20) + 1];
    Arrays.fill(oversized, (byte) ' ');
    HttpAnswer answer =
        runtime.serve(
            new HttpCall(
                "POST",
                "/",
                InProcess.headers("DescribeWorkspaceImages", "111111111111", "us-east-1"),
                oversized));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.errorCode()).isEqualTo("RequestEntityTooLargeException");

    // Over HTTP WireMock buffers the whole body before the pipeline sees it, so this sends 16 MiB,
    // not 100 MB.
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start()) {
      HttpClient http = HttpClient.newHttpClient();
      byte[] big = new byte[16 << 20];
      Arrays.fill(big, (byte) 'x');
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(mock.endpoint() + "/"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(big));
      InProcess.headers("DescribeWorkspaceImages", "111111111111", "us-east-1")
          .forEach(
              (k, v) -> {
                if (!k.equalsIgnoreCase("Host")) {
                  request.header(k, v);
                }
              });
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("RequestEntityTooLargeException");
      assertThat(mock.journal().last()).get().extracting(RecordedCall::status).isEqualTo(413);
    }
  }
}
