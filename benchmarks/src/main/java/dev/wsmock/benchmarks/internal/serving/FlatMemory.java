package dev.wsmock.benchmarks.internal.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Memory over a long run: a million requests (the mix of all three operations, raw client) into one mock with its
 * default call journal, reading the used heap after a full GC every {@code flatSampleEvery} requests. Flat means the
 * journal's bound holds and nothing else accumulates per request.
 */
public final class FlatMemory {
  private FlatMemory() {}

  /** One sample: requests answered so far, heap after GC, and the journal's size and drop count. */
  private record Sample(
      long requests, long heapBytes, int journalSize, long journalDropped, double seconds) {}

  public static void run(RunPlan plan, Report report) {
    ObjectNode section = report.section("flatMemory");
    List<Sample> samples = new ArrayList<>();
    try (Target.Mock mock = Target.Mock.start()) {
      long total = plan.flatRequests();
      long every = plan.flatSampleEvery();
      BlockingQueue<Long> marks = new ArrayBlockingQueue<>((int) (total / every) + 2);
      AtomicLong issued = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      long started = System.nanoTime();
      samples.add(sample(mock, 0, started));
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < plan.flatThreads(); t++) {
        int thread = t;
        Thread worker =
            new Thread(
                () -> {
                  try (RawConnection connection = new RawConnection(mock.endpoint())) {
                    List<byte[]> mix = mix(thread, connection.hostAndPort());
                    // The mix index is this thread's own count, so its revoke always follows its
                    // grant.
                    int own = 0;
                    for (long n = issued.getAndIncrement();
                        n < total;
                        n = issued.getAndIncrement()) {
                      if (connection.exchange(mix.get(own++ % mix.size())).status() != 200) {
                        errors.incrementAndGet();
                      }
                      if ((n + 1) % every == 0) {
                        marks.add(n + 1);
                      }
                    }
                  } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    marks.add(-1L);
                  }
                },
                "bench-flat-" + t);
        workers.add(worker);
        worker.start();
      }
      for (long expected = every; expected <= total; expected += every) {
        long mark = take(marks);
        if (mark < 0) {
          break;
        }
        samples.add(sample(mock, mark, started));
      }
      workers.forEach(FlatMemory::join);
      if (failure.get() != null) {
        throw new IllegalStateException("flat-memory load failed", failure.get());
      }
      section
          .put("requests", total)
          .put("errors", errors.get())
          .put("threads", plan.flatThreads())
          .put("seconds", (System.nanoTime() - started) / 1e9);
    }
    record(samples, section, report);
  }

  /** Describe images, grant, describe permissions, revoke: every operation, and the grant undone each cycle. */
  private static List<byte[]> mix(int thread, String host) {
    List<WireRequest> images = Workload.DESCRIBE_IMAGES.wireRequests(thread);
    List<WireRequest> permissions = Workload.DESCRIBE_PERMISSIONS.wireRequests(thread);
    List<WireRequest> toggle = Workload.UPDATE_PERMISSION.wireRequests(thread);
    return List.of(images.get(0), toggle.get(0), permissions.get(0), toggle.get(1)).stream()
        .map(r -> r.toHttp11(host))
        .toList();
  }

  private static Sample sample(Target.Mock mock, long requests, long started) {
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Sample(
        requests,
        heap,
        mock.mock().journal().size(),
        mock.mock().journal().dropped(),
        (System.nanoTime() - started) / 1e9);
  }

  private static void record(List<Sample> samples, ObjectNode section, Report report) {
    Table table =
        new Table(
            "Memory over "
                + String.format("%,d", samples.get(samples.size() - 1).requests())
                + " requests (heap after GC while serving)",
            "requests",
            "heap MiB",
            "journal size",
            "journal dropped",
            "seconds");
    ArrayNode json = section.putArray("samples");
    for (Sample s : samples) {
      json.addObject()
          .put("requests", s.requests())
          .put("heapBytes", s.heapBytes())
          .put("journalSize", s.journalSize())
          .put("journalDropped", s.journalDropped())
          .put("seconds", s.seconds());
      table.row(
          s.requests(),
          s.heapBytes() / (1024.0 * 1024),
          s.journalSize(),
          s.journalDropped(),
          s.seconds());
    }
    // The first sample after the journal is full is the reference: from there on nothing should
    // grow.
    Sample reference = samples.size() > 1 ? samples.get(1) : samples.get(0);
    Sample last = samples.get(samples.size() - 1);
    long maxAfter =
        samples.stream().skip(1).mapToLong(Sample::heapBytes).max().orElse(reference.heapBytes());
    double growthMib = (last.heapBytes() - reference.heapBytes()) / (1024.0 * 1024);
    double perRequest =
        last.requests() == reference.requests()
            ? 0
            : (double) (last.heapBytes() - reference.heapBytes())
                / (last.requests() - reference.requests());
    section
        .put("growthAfterFirstSampleMiB", growthMib)
        .put("growthBytesPerRequest", perRequest)
        .put("maxHeapAfterFirstSampleBytes", maxAfter);
    report.print(table);
    report.note(
        String.format(
            "Heap growth from %,d to %,d requests: %.2f MiB (%.3f bytes/request)",
            reference.requests(), last.requests(), growthMib, perRequest));
  }

  private static long take(BlockingQueue<Long> marks) {
    try {
      return marks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
