package dev.wsmock.benchmarks.internal.serving;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * One measured round: {@code threads} callers, each in a closed loop, until the time or the request budget runs out
 * (each caller makes at least one call within the budget, however late it starts).
 * Each thread records its latencies in its own histogram; they are merged at the end.
 *
 * @param serverCpuNanos see {@link ServerMeter}
 * @param processCpuNanos this JVM's total CPU (clients, servers in it, GC, JIT) over the round
 */
record LoadRound(
    String target,
    String driver,
    Workload workload,
    int threads,
    long requests,
    long errors,
    long elapsedNanos,
    Histogram latencies,
    long serverCpuNanos,
    long serverAllocatedBytes,
    long processCpuNanos) {

  static final long MAX_LATENCY_NANOS = Duration.ofMinutes(1).toNanos();

  double throughput() {
    return requests * 1e9 / elapsedNanos;
  }

  static LoadRound run(
      Target target,
      Driver driver,
      Workload workload,
      int threads,
      Duration time,
      long maxRequests) {
    target.beforeRound();
    List<Driver.Caller> callers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      callers.add(driver.caller(workload, t));
    }
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Histogram> histograms = new ArrayList<>(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>(threads);
    long[] deadline = new long[1];
    for (int t = 0; t < threads; t++) {
      Histogram histogram = new Histogram(MAX_LATENCY_NANOS, 3);
      histograms.add(histogram);
      Driver.Caller caller = callers.get(t);
      Thread worker =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                  long end = deadline[0];
                  for (long n = 0; issued.getAndIncrement() < maxRequests; n++) {
                    long start = System.nanoTime();
                    // Every caller makes at least one call: a thread scheduled late on a busy
                    // machine would otherwise find
                    // a short round (the smoke plan's 40 ms) already over, and the round would
                    // measure nothing at all.
                    if (n > 0 && start >= end) {
                      break;
                    }
                    boolean ok = caller.call(n);
                    histogram.recordValue(Math.min(System.nanoTime() - start, MAX_LATENCY_NANOS));
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "bench-client-" + t);
      workers.add(worker);
      worker.start();
    }
    awaitQuietly(ready);
    ServerMeter.Reading serverBefore = target.meter().read();
    long processBefore = processCpu();
    long started = System.nanoTime();
    deadline[0] = started + time.toNanos();
    go.countDown();
    workers.forEach(LoadRound::joinQuietly);
    long elapsed = System.nanoTime() - started;
    ServerMeter.Reading server = target.meter().read().minus(serverBefore);
    long process = processCpu() - processBefore;
    callers.forEach(Driver.Caller::close);
    if (failure.get() != null) {
      throw new IllegalStateException(
          driver.name() + " load on " + target.name() + " failed", failure.get());
    }
    Histogram merged = new Histogram(MAX_LATENCY_NANOS, 3);
    histograms.forEach(merged::add);
    return new LoadRound(
        target.name(),
        driver.name(),
        workload,
        threads,
        merged.getTotalCount(),
        errors.get(),
        elapsed,
        merged,
        server.cpuNanos(),
        server.allocatedBytes(),
        process);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
