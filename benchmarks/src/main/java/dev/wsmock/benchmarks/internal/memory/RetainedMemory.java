package dev.wsmock.benchmarks.internal.memory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.jmh.Scale;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpCall;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory of the model: per image, per share permission, and of a full call journal. Each figure is the
 * difference between two live states measured the same way: the used heap after full GCs (always), and JOL's
 * {@code GraphLayout.parseInstance(runtime).totalSize()} (when JOL can walk the JDK's collections on this JVM).
 * Images are added with {@code runtime.seed(...)}, which keeps no copy of the seed; a seed given to the builder is
 * also kept as the reset base, which the last row measures.
 */
public final class RetainedMemory {
  private RetainedMemory() {}

  /** A measured state: something holding the runtime until the measurement is done. */
  private record Measured(long heapBytes, long jolBytes, String jolProblem) {}

  public static void run(RunPlan plan, Report report) {
    // Without it JOL 0.17 cannot find field offsets on JDK 17 (records, hidden classes); it must be
    // set before JOL loads.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
    ObjectNode section = report.section("memory");
    int images = plan.memoryImages();
    int sharedImages = 100;
    int sharesEach = plan.memoryPermissions() / sharedImages;
    Table table =
        new Table(
            "Retained memory (heap after GC; JOL graph size where available)",
            "what",
            "count",
            "heap bytes each",
            "JOL bytes each",
            "heap total MiB");

    // Loads what every runtime shares (the bundled contract, Jackson's caches) outside any
    // measurement.
    Scale.runtime(Seeds.realistic(), MockBehaviour.defaults())
        .serve(Scale.describeImages(null).toHttpCall());
    Measured empty =
        measure(() -> Scale.runtime(Seed.empty(), MockBehaviour.defaults()), plan.jol());
    Measured withImages =
        measure(
            () -> {
              MockRuntime runtime = Scale.runtime(Seed.empty(), Seeds.AT_SCALE);
              runtime.seed(Seeds.images(images, 0, 0), "benchmark");
              return runtime;
            },
            plan.jol());
    row(table, section, "image (model only)", images, empty, withImages);

    Measured unshared =
        measure(
            () -> {
              MockRuntime runtime = Scale.runtime(Seed.empty(), Seeds.AT_SCALE);
              runtime.seed(Seeds.images(sharedImages, 0, 0), "benchmark");
              return runtime;
            });
    Measured shared =
        measure(
            () -> {
              MockRuntime runtime = Scale.runtime(Seed.empty(), Seeds.AT_SCALE);
              runtime.seed(Seeds.images(sharedImages, sharedImages, sharesEach), "benchmark");
              return runtime;
            });
    row(table, section, "share permission", sharedImages * sharesEach, unshared, shared);

    Measured withBaseSeed =
        measure(() -> Scale.runtime(Seeds.images(images, 0, 0), Seeds.AT_SCALE));
    row(table, section, "image (model + kept reset seed)", images, empty, withBaseSeed);

    int journalCalls =
        Math.min(CallJournal.DEFAULT_CAPACITY, images); // the full bound, except in smoke runs
    Measured fullJournal =
        measure(
            () -> {
              MockRuntime runtime = Scale.runtime(Seeds.realistic(), MockBehaviour.defaults());
              List<HttpCall> mix =
                  List.of(
                      Scale.describeImages(null).toHttpCall(),
                      Scale.describePermissions(null).toHttpCall(),
                      Scale.updatePermission(Seeds.recipient(7), true).toHttpCall(),
                      Scale.updatePermission(Seeds.recipient(7), false).toHttpCall());
              for (int n = 0; n < journalCalls; n++) {
                runtime.serve(mix.get(n % mix.size()));
              }
              return runtime;
            });
    Measured realistic = measure(() -> Scale.runtime(Seeds.realistic(), MockBehaviour.defaults()));
    row(
        table,
        section,
        "journal entry (default bound 10,000, full)",
        journalCalls,
        realistic,
        fullJournal);
    wireMockJournal(journalCalls, table, section);
    report.print(table);
  }

  private static Measured measure(Supplier<MockRuntime> build) {
    return measure(build, false);
  }

  /** JOL walks every object reflectively (seconds per 100,000 images), so only the per-image rows use it. */
  private static Measured measure(Supplier<MockRuntime> build, boolean jolToo) {
    long before = Heap.usedAfterGc();
    MockRuntime runtime = build.get();
    long after = Heap.usedAfterGc();
    long jol = -1;
    String problem =
        jolToo
            ? null
            : "not walked with JOL (slow); the per-image row cross-checks heap against JOL";
    try {
      jol = jolToo ? GraphLayout.parseInstance(runtime).totalSize() : -1;
    } catch (RuntimeException | LinkageError e) {
      problem = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    java.lang.ref.Reference.reachabilityFence(runtime);
    return new Measured(after - before, jol, problem);
  }

  /**
   * For comparison: what a default-configured WireMock keeps per request in its unbounded request journal, for the
   * same DescribeWorkspaceImages request answered by a static stub.
   */
  private static void wireMockJournal(int requests, Table table, ObjectNode section) {
    WireRequest request = Scale.describeImages(null);
    WireMockServer server =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(
          post(urlEqualTo("/"))
              .withHeader("X-Amz-Target", equalTo(request.target()))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/x-amz-json-1.1")
                      .withBody(new byte[512])));
      URI endpoint = URI.create("http://127.0.0.1:" + server.port());
      try (RawConnection connection = new RawConnection(endpoint)) {
        byte[] bytes = request.toHttp11(connection.hostAndPort());
        connection.exchange(bytes);
        server.resetRequests();
        long before = Heap.usedAfterGc();
        for (int n = 0; n < requests; n++) {
          connection.exchange(bytes);
        }
        long after = Heap.usedAfterGc();
        double each = (double) (after - before) / requests;
        section
            .putObject("WireMock default journal entry (unbounded)")
            .put("count", requests)
            .put("heapBytesEach", each);
        table.row(
            "WireMock default journal entry (unbounded, for comparison)",
            requests,
            each,
            null,
            (after - before) / (1024.0 * 1024));
      }
    } finally {
      server.stop();
    }
  }

  private static void row(
      Table table, ObjectNode section, String what, int count, Measured base, Measured loaded) {
    double heapEach = (double) (loaded.heapBytes() - base.heapBytes()) / count;
    Double jolEach =
        loaded.jolBytes() < 0 || base.jolBytes() < 0
            ? null
            : (double) (loaded.jolBytes() - base.jolBytes()) / count;
    ObjectNode json =
        section
            .putObject(what)
            .put("count", count)
            .put("heapBytesEach", heapEach)
            .put("heapBytesTotal", loaded.heapBytes());
    if (jolEach != null) {
      json.put("jolBytesEach", jolEach).put("jolBytesTotal", loaded.jolBytes());
    } else {
      json.put(
          "jolProblem",
          String.valueOf(loaded.jolProblem() != null ? loaded.jolProblem() : base.jolProblem()));
    }
    table.row(what, count, heapEach, jolEach, loaded.heapBytes() / (1024.0 * 1024));
  }
}
