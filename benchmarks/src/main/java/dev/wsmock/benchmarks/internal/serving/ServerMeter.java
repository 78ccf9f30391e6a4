package dev.wsmock.benchmarks.internal.serving;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time and allocation a server spent, read between two points in time.
 *
 * <p>For servers in this JVM it sums, over Jetty's pool threads (named {@code qtp...}: acceptors, selectors and the
 * workers that run WireMock and the model), {@code ThreadMXBean} CPU time and allocated bytes. Only one server is
 * under load in a round, and idle pool threads cost nothing measurable, so the sum is that server's cost. GC and JIT
 * threads are not included: allocation per request is reported instead, which is what drives GC. A server in another
 * process is measured by that process's total CPU time.
 */
sealed interface ServerMeter {
  /** Cumulative CPU nanoseconds and allocated bytes (-1 when unknown) so far. */
  record Reading(long cpuNanos, long allocatedBytes) {
    Reading minus(Reading earlier) {
      return new Reading(cpuNanos - earlier.cpuNanos,
          allocatedBytes < 0 || earlier.allocatedBytes < 0 ? -1 : allocatedBytes - earlier.allocatedBytes);
    }
  }

  Reading read();

  static ServerMeter jettyThreads() {
    return new JettyThreads();
  }

  static ServerMeter process(ProcessHandle process) {
    return new OtherProcess(process);
  }

  /** Per-thread counters for threads that die are lost; Jetty's pool keeps its threads for 60 s idle. */
  final class JettyThreads implements ServerMeter {
    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Threads seen earlier keep their last reading, so a thread that exits does not make the sum go backwards. */
    private final Map<Long, Reading> lastSeen = new HashMap<>();

    @Override
    public synchronized Reading read() {
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().startsWith("qtp")) {
          long id = thread.getId();
          long cpu = threads.getThreadCpuTime(id);
          long allocated = threads.getThreadAllocatedBytes(id);
          if (cpu >= 0) {
            lastSeen.put(id, new Reading(cpu, allocated));
          }
        }
      }
      long cpu = 0;
      long allocated = 0;
      for (Reading reading : lastSeen.values()) {
        cpu += reading.cpuNanos();
        allocated += reading.allocatedBytes();
      }
      return new Reading(cpu, allocated);
    }
  }

  record OtherProcess(ProcessHandle process) implements ServerMeter {
    @Override
    public Reading read() {
      long cpu = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
      return new Reading(cpu, -1);
    }
  }
}
