package dev.wsmock.benchmarks.internal.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time and allocation a server spent, read between two points in time.
 *
 * <p>For servers in this JVM it sums, over Jetty's pool threads (named {@code qtp...}: acceptors, selectors and the
 * workers that run WireMock and the model), {@code ThreadMXBean} CPU time and allocated bytes. Only one server is
 * under load in a round, and idle pool threads cost nothing measurable, so the sum is that server's cost. GC and JIT
 * threads are not included: allocation per request is reported instead, which is what drives GC. A server in another
 * process (moto) is measured by that process's user + system CPU time from {@code /proc/PID/stat}, all its threads,
 * dead ones included; its allocation is unknown.
 */
sealed interface ServerMeter {
  /** Cumulative CPU nanoseconds and allocated bytes (-1 when unknown) so far. */
  record Reading(long cpuNanos, long allocatedBytes) {
    Reading minus(Reading earlier) {
      return new Reading(
          cpuNanos - earlier.cpuNanos,
          allocatedBytes < 0 || earlier.allocatedBytes < 0
              ? -1
              : allocatedBytes - earlier.allocatedBytes);
    }
  }

  Reading read();

  static ServerMeter jettyThreads() {
    return new JettyThreads();
  }

  /** {@code utime + stime} of process {@code pid}, from {@code /proc/PID/stat} (Linux only). */
  static ServerMeter procStat(long pid) {
    return new ProcStat(Path.of("/proc", Long.toString(pid), "stat"), ClockTicks.perSecond());
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

  record ProcStat(Path stat, long ticksPerSecond) implements ServerMeter {
    /** utime is field 14 of proc(5); fields[0] below is field 3. stime follows it. */
    private static final int UTIME = 14 - 3;

    @Override
    public Reading read() {
      String line;
      try {
        line = Files.readString(stat);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + stat + " (has the process exited?)", e);
      }
      // The command name, field 2, is in parentheses and may hold spaces: count fields after its
      // closing one.
      String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
      long ticks = Long.parseLong(fields[UTIME]) + Long.parseLong(fields[UTIME + 1]);
      return new Reading(ticks * 1_000_000_000L / ticksPerSecond, -1);
    }
  }

  /** The kernel's USER_HZ, the unit of {@code /proc/PID/stat} times: 100 on every usual Linux build. */
  final class ClockTicks {
    private ClockTicks() {}

    static long perSecond() {
      try {
        Process getconf =
            new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        return getconf.waitFor() == 0 ? Long.parseLong(out.trim()) : 100;
      } catch (IOException | NumberFormatException e) {
        return 100;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 100;
      }
    }
  }
}
