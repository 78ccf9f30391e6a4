package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * The journal is bounded in bytes, not only in calls: 10,000 calls of about 1 MiB each, over loopback HTTP, leave
 * the journal within its 32 MiB default and the heap after GC within {@value #HEAP_BOUND_MIB} MiB of where it
 * started (SECURITY.md states the same bound). Half the calls pad a member AWS ignores (journaled shortened); half
 * send a huge declared member (journaled whole, so the byte bound drops the oldest).
 */
class JournalLoadTests {
  static final int CALLS = 10_000;
  static final int THREADS = 4;
  static final long HEAP_BOUND_MIB = 96;

  @Test
  void ten_thousand_one_mebibyte_calls_keep_the_journal_and_the_heap_within_their_bounds()
      throws Exception {
    String huge = "x".repeat(1_000_000);
    byte[] padded =
        ("{\"MaxResults\":1,\"Pad\":\"" + huge + "\"}").getBytes(StandardCharsets.UTF_8);
    byte[] declared = ("{\"NextToken\":\"" + huge + "\"}").getBytes(StandardCharsets.UTF_8);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = heapAfterGc(memory);
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = thread; i < CALLS; i += THREADS) {
                      send(http, mock.endpoint(), i % 2 == 0 ? padded : declared);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get(10, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      CallJournal journal = mock.journal();
      long retained = GraphLayout.parseInstance(journal).totalSize();
      long heapGrowth = heapAfterGc(memory) - before;
      System.out.printf(
          "[hardening] journal after %d calls of ~1 MiB: %d held, %d dropped, %.1f MiB retained;"
              + " heap after GC grew %.1f MiB%n",
          CALLS, journal.size(), journal.dropped(), retained / 1048576.0, heapGrowth / 1048576.0);

      assertThat(journal.size() + journal.dropped()).isEqualTo(CALLS);
      assertThat(journal.dropped()).as("the byte bound dropped the oldest calls").isPositive();
      assertThat(retained).isLessThanOrEqualTo(CallJournal.DEFAULT_MAX_BYTES);
      assertThat(heapGrowth).isLessThan(HEAP_BOUND_MIB << 20);
      // The newest calls are always held: one of each kind, sent last, shows what is kept of each.
      send(http, mock.endpoint(), padded);
      send(http, mock.endpoint(), declared);
      List<RecordedCall> last = journal.all().subList(journal.size() - 2, journal.size());
      assertThat((String) last.get(0).requestMember("Pad"))
          .hasSizeLessThan(400)
          .endsWith("…(999744 more characters not journaled)");
      assertThat((String) last.get(1).requestMember("NextToken")).hasSize(1_000_000);
    }
  }

  private static void send(HttpClient http, URI endpoint, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", Operation.DESCRIBE_WORKSPACE_IMAGES.target())
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request,"
                    + " SignedHeaders=host, Signature=0")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isLessThan(500);
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
